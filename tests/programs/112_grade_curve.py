# Grade curving: square-root curve, mean shift, z-score bands, letter grades.
import math

TARGET_MEAN = 78.0
MAX_SCORE = 100

STUDENTS = ["Abe", "Bea", "Cal", "Dot", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kim", "Lou"]
MIDTERM = [62, 71, 48, 88, 55, 93, 67, 74, 39, 81, 58, 70]
FINAL = [70, 65, 52, 91, 61, 97, 73, 69, 45, 85, 66, 77]
WEIGHTS = (0.4, 0.6)


def letter(score):
    if score >= 90:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 70 <= score < 80:
        return "C"
    elif 60 <= score < 70:
        return "D"
    return "F"


def mean(xs):
    return sum(xs) / len(xs)


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / len(xs))


def sqrt_curve(score):
    return round(math.sqrt(score) * 10, 1)


def shift_curve(scores, target=TARGET_MEAN, cap=MAX_SCORE):
    delta = target - mean(scores)
    if delta <= 0:
        return list(scores)
    return [min(float(cap), round(s + delta, 1)) for s in scores]


def z_band(score, m, sd):
    z = (score - m) / sd
    if z >= 1.0:
        return "A"
    if z >= 0.25:
        return "B"
    if z >= -0.5:
        return "C"
    return "D" if z >= -1.5 else "F"


def distribution(grades):
    counts = {}
    for g in grades:
        counts[g] = counts.get(g, 0) + 1
    return " ".join(f"{g}:{counts.get(g, 0)}" for g in "ABCDF")


def main():
    raw = [round(m * WEIGHTS[0] + f * WEIGHTS[1], 1) for m, f in zip(MIDTERM, FINAL)]
    sq = [sqrt_curve(s) for s in raw]
    shifted = shift_curve(raw)
    m, sd = mean(raw), stdev(raw)
    print(f"raw mean {m:.2f}, stdev {sd:.2f}, shift by {TARGET_MEAN - m:+.2f}")
    print(f"{'name':<5}{'mid':>4}{'fin':>4}{'raw':>6}{'sqrt':>6}{'shift':>7}  letters")
    for name, mid, fin, r, s, sh in zip(STUDENTS, MIDTERM, FINAL, raw, sq, shifted):
        print(f"{name:<5}{mid:>4}{fin:>4}{r:>6.1f}{s:>6.1f}{sh:>7.1f}  "
              f"{letter(r)} {letter(s)} {letter(sh)} {z_band(r, m, sd)}")
    print()
    print("raw    ", distribution([letter(x) for x in raw]))
    print("sqrt   ", distribution([letter(x) for x in sq]))
    print("shift  ", distribution([letter(x) for x in shifted]))
    print("z-score", distribution([z_band(x, m, sd) for x in raw]))
    improved = [(name, f - mid) for name, mid, f in zip(STUDENTS, MIDTERM, FINAL) if f > mid]
    improved.sort(key=lambda t: (-t[1], t[0]))
    print("most improved:", improved[:3])
    declined = [name for name, mid, f in zip(STUDENTS, MIDTERM, FINAL) if f < mid]
    print("declined:", declined)
    top = max(zip(STUDENTS, raw), key=lambda t: t[1])
    bottom = min(zip(STUDENTS, raw), key=lambda t: t[1])
    print(f"top {top[0]} ({top[1]}), bottom {bottom[0]} ({bottom[1]}), range {top[1] - bottom[1]:.1f}")
    print("everyone passes after sqrt curve:", all(letter(s) != "F" for s in sq))
    print("anyone perfect:", any(s >= MAX_SCORE for s in shift_curve(raw, target=95.0)))
    print("shift with low target keeps scores:", shift_curve(raw, target=50.0) == raw)
    gain = [round(s - r, 1) for s, r in zip(sq, raw)]
    print("sqrt gains:", gain, "largest for", STUDENTS[gain.index(max(gain))])
    print(f"sqrt(81)*10 = {sqrt_curve(81.0)}, sqrt(0) = {sqrt_curve(0.0)}, floor/ceil of 72.5: {math.floor(72.5)} {math.ceil(72.5)}")


if __name__ == "__main__":
    main()
