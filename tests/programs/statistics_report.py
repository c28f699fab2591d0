"""Summary statistics for a classroom and a small sensor network."""
import statistics


def describe_scores(name, scores):
    print(f"== {name} ({len(scores)} students) ==")
    print("mean:", statistics.mean(scores))
    print("fmean:", round(statistics.fmean(scores), 4))
    print("median:", statistics.median(scores))
    print("median_low:", statistics.median_low(scores))
    print("median_high:", statistics.median_high(scores))
    print("median_grouped:", statistics.median_grouped(scores))
    print("mode:", statistics.mode(scores))
    print("multimode:", statistics.multimode(scores))
    print("variance:", round(statistics.variance(scores), 4))
    print("pvariance:", round(statistics.pvariance(scores), 4))
    print("stdev:", round(statistics.stdev(scores), 4))
    print("pstdev:", round(statistics.pstdev(scores), 4))


def describe_readings(readings):
    print("== sensor readings ==")
    print("mean:", round(statistics.mean(readings), 4))
    print("fmean:", round(statistics.fmean(readings), 4))
    print("geometric_mean:", round(statistics.geometric_mean(readings), 4))
    print("harmonic_mean:", round(statistics.harmonic_mean(readings), 4))
    print("median:", statistics.median(readings))
    print("variance:", round(statistics.variance(readings), 4))
    print("pstdev:", round(statistics.pstdev(readings), 4))
    quarts = statistics.quantiles(readings, n=4)
    print("quartiles:", [round(q, 3) for q in quarts])


def grade_bands(scores):
    deciles = statistics.quantiles(scores, n=10)
    print("deciles:", [round(d, 2) for d in deciles])
    incl = statistics.quantiles(scores, n=4, method='inclusive')
    print("inclusive quartiles:", [round(q, 2) for q in incl])
    low_cut = incl[0]
    high_cut = incl[2]
    labels = []
    for s in scores:
        if s < low_cut:
            labels.append("C")
        elif s > high_cut:
            labels.append("A")
        else:
            labels.append("B")
    print("bands:", "".join(labels))


def relationship(hours, scores):
    print("== study hours vs score ==")
    print("covariance:", round(statistics.covariance(hours, scores), 4))
    print("correlation:", round(statistics.correlation(hours, scores), 4))
    slope, intercept = statistics.linear_regression(hours, scores)
    print(f"slope={slope:.4f} intercept={intercept:.4f}")
    for h in [2, 5, 8]:
        predicted = slope * h + intercept
        print(f"  predicted score for {h}h: {predicted:.1f}")


def safe_mean(values):
    try:
        return statistics.mean(values)
    except statistics.StatisticsError as exc:
        print("StatisticsError:", exc)
        return 0


def safe_variance(values):
    try:
        return statistics.variance(values)
    except ValueError as exc:
        print("ValueError caught:", exc)
        return 0.0


def main():
    scores = [72, 85, 90, 85, 64, 77, 85, 91, 58, 77, 88, 70]
    describe_scores("exam 1", scores)
    readings = [21.5, 22.0, 23.25, 19.75, 20.5, 24.0, 22.75, 21.0]
    describe_readings(readings)
    grade_bands(scores)
    hours = [1.0, 2.5, 3.0, 4.0, 5.5, 6.0, 7.0, 8.5]
    marks = [52.0, 58.0, 61.0, 66.0, 72.0, 75.0, 79.0, 88.0]
    relationship(hours, marks)
    words = ["red", "blue", "red", "green", "blue", "red"]
    print("favourite colour:", statistics.mode(words))
    print("multimode ints:", statistics.multimode([1, 1, 2, 2, 3]))
    no_data: list[float] = []
    print("empty mean ->", safe_mean(no_data))
    print("single variance ->", safe_variance([4.0]))
    a, b = statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 9])
    print("int lin reg:", a, b)


main()
