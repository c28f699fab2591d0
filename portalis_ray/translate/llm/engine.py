"""vLLM engines from config: ``AsyncLLM`` for Serve replicas, ``vllm.LLM`` for Ray Data actors."""

from __future__ import annotations

import importlib.util
import itertools
import os
from typing import Any

from portalis_ray.config import LLMConfig
from portalis_ray.translate.llm.prompt import render_plain

MIN_NEW_TOKENS = 16  # a prompt that leaves less room than this is refused, not truncated


class EngineUnavailable(RuntimeError):
    """vLLM is not installed or no model is configured."""


def require_engine(cfg: LLMConfig) -> None:
    """Raise :class:`EngineUnavailable` with the fix when the LLM backend cannot start."""
    if cfg.model is None:
        raise EngineUnavailable("no model configured (set translate.llm.model in the config)")
    if importlib.util.find_spec("vllm") is None:
        raise EngineUnavailable("vLLM is not installed (pip install '.[llm]')")


def engine_args(cfg: LLMConfig) -> dict[str, Any]:
    """Keyword arguments of vLLM's ``EngineArgs``/``AsyncEngineArgs`` for this config."""
    args: dict[str, Any] = {
        "model": cfg.model,
        "tokenizer": cfg.tokenizer,
        "dtype": cfg.dtype,
        "max_model_len": cfg.max_model_len,
        "tensor_parallel_size": cfg.tensor_parallel_size,
        "enforce_eager": cfg.enforce_eager,
        "gpu_memory_utilization": cfg.gpu_memory_utilization,
    }
    if cfg.kv_cache_memory_bytes is not None:
        args["kv_cache_memory_bytes"] = cfg.kv_cache_memory_bytes
    if cfg.tensor_parallel_size > 1:
        # Workers go into the replica's placement group (see serve.app) on the node's GPUs.
        args["distributed_executor_backend"] = "ray"
    args.update(cfg.engine_kwargs)
    return args


class PromptFitter:
    """Renders chat messages with the model's template and sizes the answer to the context."""

    def __init__(self, tokenizer: Any, cfg: LLMConfig) -> None:
        self.tokenizer = tokenizer
        self.cfg = cfg

    def render(self, messages: list[dict[str, str]]) -> str:
        """The prompt text: the tokenizer's chat template, or a plain transcript without one."""
        if getattr(self.tokenizer, "chat_template", None):
            return self.tokenizer.apply_chat_template(
                messages, tokenize=False, add_generation_prompt=True
            )
        return render_plain(messages)

    def max_new_tokens(self, prompt: str) -> int | None:
        """Tokens the answer may use, or None when the prompt leaves too little room."""
        used = len(self.tokenizer.encode(prompt))
        room = self.cfg.max_model_len - used
        return min(self.cfg.max_tokens, room) if room >= MIN_NEW_TOKENS else None


class AsyncEngine:
    """An ``AsyncLLM`` engine (Serve replicas): one awaitable ``generate`` per prompt."""

    def __init__(self, cfg: LLMConfig) -> None:
        require_engine(cfg)
        from vllm.engine.arg_utils import AsyncEngineArgs
        from vllm.v1.engine.async_llm import AsyncLLM

        self.cfg = cfg
        self.engine = AsyncLLM.from_engine_args(AsyncEngineArgs(**engine_args(cfg)))
        self.fitter = PromptFitter(self.engine.get_tokenizer(), cfg)
        self._ids = itertools.count()
        self.calls = 0

    async def generate(self, prompt: str, temperature: float) -> str:
        """The model's answer to ``prompt``; ValueError when the prompt does not fit."""
        from vllm import SamplingParams

        budget = self.fitter.max_new_tokens(prompt)
        if budget is None:
            raise ValueError(f"the prompt does not fit max_model_len={self.cfg.max_model_len}")
        params = SamplingParams(max_tokens=budget, temperature=temperature)
        self.calls += 1
        final = None
        async for out in self.engine.generate(prompt, params, request_id=f"p{next(self._ids)}"):
            final = out
        return final.outputs[0].text if final is not None and final.outputs else ""

    def shutdown(self) -> None:
        """Stop the engine (its core process)."""
        self.engine.shutdown()


class BatchEngine:
    """A ``vllm.LLM`` engine (Ray Data actors): one ``generate`` call for many prompts."""

    def __init__(self, cfg: LLMConfig) -> None:
        require_engine(cfg)
        # In-process engine core: no extra process per actor (the actor is the isolation).
        os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")
        from vllm import LLM

        self.cfg = cfg
        self.llm = LLM(**engine_args(cfg))
        self.fitter = PromptFitter(self.llm.get_tokenizer(), cfg)
        self.calls = 0

    def generate(self, prompts: list[str], temperature: float) -> list[str | None]:
        """Answers in prompt order; None for a prompt that does not fit the context."""
        from vllm import SamplingParams

        budgets = [self.fitter.max_new_tokens(p) for p in prompts]
        runnable = [(i, p, b) for i, (p, b) in enumerate(zip(prompts, budgets)) if b is not None]
        answers: list[str | None] = [None] * len(prompts)
        if not runnable:
            return answers
        params = [SamplingParams(max_tokens=b, temperature=temperature) for _, _, b in runnable]
        self.calls += 1
        outs = self.llm.generate([p for _, p, _ in runnable], params, use_tqdm=False)
        for (i, _, _), out in zip(runnable, outs, strict=True):
            answers[i] = out.outputs[0].text if out.outputs else ""
        return answers
