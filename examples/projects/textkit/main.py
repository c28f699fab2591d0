"""Demo: analyse a few passages with textkit and report the problems found."""

import sys

import textkit.util as tu
from textkit import transforms
from textkit.analysis import TOP_N, WordCounter, readability
from textkit.errors import TextKitError
from textkit.pipeline import Pipeline
from textkit.tokens import Tokenizer

PASSAGES = {
    "rivers": "The river runs to the sea. It carries silt, stones and 42 old boats! "
    "Does the sea ever fill? No: the river keeps running, and the sea keeps taking.",
    "compiler": "A compiler reads source code and writes machine code. The parser builds "
    "a tree; the checker walks the tree; the emitter turns the tree into instructions.",
    "garden": "In the garden, the bees visit every flower. The flower gives nectar, "
    "the bee carries pollen, and the old tree turns gold as the garden grows richer.",
}


def main() -> None:
    tokenizer = Tokenizer()
    first = tokenizer.tokenize(tokenizer.sentences(PASSAGES["rivers"])[1])
    print("tokens:", " | ".join([f"{t.text}:{t.kind.value}@{t.position}" for t in first]))

    total = WordCounter()
    for name, text in sorted(PASSAGES.items()):
        counter = WordCounter()
        counter.add_words(tokenizer.words(text))
        total.add_words(tokenizer.words(text))
        report = readability(text, tokenizer)
        print(f"== {tu.title_case(name)} ==")
        print(f"  {report.sentences} sentences, {report.words} words, {report.syllables} syllables")
        print(f"  reading ease {report.reading_ease:6.1f} ({report.grade})")
        print("  top:", ", ".join([f"{wc.word}({wc.count})" for wc in counter.top(3)]))
    print(f"overall: {total.distinct} distinct content words")
    for rank, wc in enumerate(total.top(TOP_N), start=1):
        print(f"  {rank}. {wc.word:<10} {'*' * wc.count}")

    headline = Pipeline.from_names("headline", ["nostop"])
    headline.add(transforms.ReplaceWords({"river": "River", "sea": "ocean"}))
    headline.add(transforms.TitleCase())
    for pipeline in [Pipeline.from_names("clean", ["strip", "lower"]), headline]:
        print(pipeline.describe())
        result = pipeline.run(PASSAGES["rivers"])
        for entry in pipeline.history:
            print(f"    {entry}")
        for line in tu.wrap(result, 40):
            print(f"  | {line:<40} |")

    problems = 0
    checks = [
        ("", ["lower"], 40),
        ("Fine text.", ["lower", "shout"], 40),
        ("the of and", ["nostop"], 40),
        ("Short words wrap.", ["lower"], 4),
        ("A long enough sentence to wrap twice.", ["strip", "title"], 16),
    ]
    for text, names, width in checks:
        try:
            out = Pipeline.from_names("check", names).run(text)
            print("wrapped:", " / ".join(tu.wrap(out, width)))
        except TextKitError as e:
            problems += 1
            print("error:", e)
        finally:
            print(f"  checked {len(names)} step(s), {problems} problem(s) so far")
    print(f"done: {problems} of {len(checks)} checks failed")
    sys.exit(3)


if __name__ == "__main__":
    main()
