"""A tiny random Llama with a locally trained BPE tokenizer: exercises the LLM path offline.

No model can be downloaded on CI boxes, so tests and the serving benchmark build this one
(about 600 KB, a few seconds). Its answers are noise; it tests the plumbing, not quality.

    python -m portalis_ray.translate.llm.tiny OUT_DIR
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

TINY_VERSION = 1  # bump when the corpus, template or model shape changes (cached builds)

# Training text: enough Python and Rust for a byte-level BPE to learn common pieces.
_CORPUS = [
    "def total(values: list[int]) -> int:\n    result = 0\n    for v in values:\n"
    "        result += v\n    return result\n",
    "fn total(values: &[i64]) -> i64 {\n    let mut result = 0;\n    for v in values {\n"
    "        result += v;\n    }\n    result\n}\n",
    'fn main() {\n    println!("{}", total(&[1, 2, 3]));\n}\n',
    '```rust\nfn main() {\n    let x: i64 = 7;\n    println!("{}", x * 2);\n}\n```\n',
    'if __name__ == "__main__":\n    print(f"sum={total([1, 2, 3])}")\n',
    "class Account:\n    def __init__(self, owner: str) -> None:\n        self.owner = owner\n",
    "struct Account {\n    owner: String,\n}\nimpl Account {\n    fn new(owner: String) -> Self "
    "{ Account { owner } }\n}\n",
    "error[E0308]: mismatched types\n --> src/main.rs:3:5\n  |\n3 |     x\n  |     ^ expected "
    "`i64`, found `String`\n",
    "Translate this Python into Rust. Contract: def f(x: int) -> int\n",
]

CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|>\n{{ message['content'] }}\n"
    "{% endfor %}{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)


def build_tiny_llama(out: str | Path, vocab_size: int = 512, seed: int = 0) -> Path:
    """Write a random 2-layer Llama and its tokenizer to ``out``; returns the model dir."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    specials = ["<unk>", "<s>", "</s>", "<pad>"]
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(_CORPUS * 8, trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="<unk>",
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
    )
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(out)

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(fast),
        hidden_size=128,
        intermediate_size=256,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=32,
        max_position_embeddings=4096,
        bos_token_id=fast.bos_token_id,
        eos_token_id=fast.eos_token_id,
        pad_token_id=fast.pad_token_id,
        tie_word_embeddings=True,
    )
    model = LlamaForCausalLM(config)
    model.save_pretrained(out, safe_serialization=True)
    return out


def cached_tiny_llama(cache: str | Path | None = None) -> Path:
    """The tiny model, built once per machine into ``cache`` (default: the temp dir) and reused.

    The build is deterministic (fixed seed), so every process may share it; a concurrent build
    is written aside and renamed into place, and the loser's copy is dropped.
    """
    root = Path(cache or tempfile.gettempdir())
    final = root / f"portalis-tiny-llama-v{TINY_VERSION}"
    if (final / "config.json").is_file() and (final / "model.safetensors").is_file():
        return final
    root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=root))
    try:
        build_tiny_llama(scratch)
        try:
            os.rename(scratch, final)
        except OSError:  # another process finished first (or left a partial dir behind)
            if not (final / "model.safetensors").is_file():
                shutil.rmtree(final, ignore_errors=True)
                os.rename(scratch, final)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return final


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m portalis_ray.translate.llm.tiny OUT_DIR")
    print(build_tiny_llama(sys.argv[1]))
