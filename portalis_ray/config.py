"""Pipeline configuration: pydantic models loaded from YAML (configs/local.yaml by default)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

REPO_DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "configs" / "local.yaml"


class ConfigError(ValueError):
    """A config file that cannot be read or does not validate; the message names the key."""


class _Section(BaseModel):
    # Unknown keys are typos more often than not: reject them with their path.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class RayConfig(_Section):
    """Where the dataflow runs: an embedded local Ray or an existing cluster."""

    address: str | None = Field(
        default=None,
        description="Ray cluster address ('auto', 'HOST:PORT', 'ray://HOST:10001'); "
        "null starts an embedded local Ray.",
    )
    num_cpus: int = Field(default=2, ge=1, description="CPUs given to the embedded local Ray.")
    namespace: str = Field(default="portalis", description="Ray namespace of the job.")
    quiet: bool = Field(
        default=True,
        description="Silence Ray's progress bars, worker log forwarding and startup banners.",
    )


class IngestConfig(_Section):
    """Which input files are read."""

    extensions: list[str] = Field(
        default_factory=lambda: [".py"],
        description="File suffixes translated; other files are reported as skipped.",
    )
    max_file_bytes: int = Field(
        default=2_000_000,
        ge=1,
        description="Larger source files are reported as failed instead of being read.",
    )
    num_cpus: float = Field(
        default=0.25, gt=0, description="CPUs reserved per read task (fractional: see index)."
    )
    blocks: int = Field(
        default=16, ge=1, description="Read blocks: how finely files are spread over the actors."
    )
    skip_dirs: list[str] = Field(
        default_factory=lambda: ["__pycache__", "node_modules", "site-packages"],
        description="Directory names never walked (hidden directories and virtualenvs "
        "are always skipped).",
    )


class IndexConfig(_Section):
    """The index stage: decoding, line starts, top-level statement spans, syntax errors."""

    actors: int = Field(default=1, ge=1, description="Size of the index actor pool.")
    num_cpus: float = Field(default=0.5, gt=0, description="CPUs reserved per index actor.")
    num_gpus: float = Field(
        default=0.0,
        ge=0,
        description="GPUs per index actor (0 = CPU; fractions share one GPU between actors).",
    )
    batch_size: int = Field(default=64, ge=1, description="Most files per index batch.")
    batch_bytes: int = Field(
        default=8_000_000,
        ge=1,
        description="Source bytes per index batch (one lexer pass or kernel launch each); "
        "batches hold about this much, at most batch_size files.",
    )
    device: Literal["auto", "cpu", "gpu"] = Field(
        default="auto",
        description="Lexer: gpu (CuPy kernels), cpu (the NumPy twin), or auto: the GPU when "
        "the actor has num_gpus > 0.",
    )


class AnalyzeConfig(_Section):
    """The analyze stage: typed contracts of each module's functions."""

    enabled: bool = Field(default=True, description="Infer contracts before translation.")
    num_cpus: float = Field(default=0.25, gt=0, description="CPUs reserved per analyze task.")
    batch_size: int = Field(default=32, ge=1, description="Files per analyze batch.")


class LLMConfig(_Section):
    """The LLM backend: the vLLM engine, the repair loop and the sandbox checking candidates."""

    model: str | None = Field(
        default=None,
        description="Model directory (or hub name where downloads work) vLLM loads; "
        "null turns the llm backend off.",
    )
    tokenizer: str | None = Field(default=None, description="Tokenizer; null: the model's.")
    dtype: str = Field(default="auto", description="Weights dtype (auto, float32, bfloat16...).")
    max_model_len: int = Field(default=4096, ge=64, description="Context length in tokens.")
    tensor_parallel_size: int = Field(
        default=1, ge=1, description="GPUs one engine is split across (tensor parallel)."
    )
    enforce_eager: bool = Field(default=False, description="No CUDA graphs (always on CPU).")
    gpu_memory_utilization: float = Field(
        default=0.9, gt=0, le=1, description="Share of each GPU's memory vLLM may use."
    )
    kv_cache_memory_bytes: int | None = Field(
        default=None, ge=1, description="KV cache size in bytes; set it on CPU (e.g. 67108864)."
    )
    engine_kwargs: dict[str, Any] = Field(
        default_factory=dict, description="Further vLLM engine arguments, passed as given."
    )
    max_tokens: int = Field(default=1024, ge=1, description="Tokens generated per attempt.")
    temperature: float = Field(default=0.2, ge=0, le=2, description="Default temperature.")
    max_attempts: int = Field(
        default=3, ge=1, le=20, description="Model attempts per unit (1 + repairs)."
    )
    max_prompt_chars: int = Field(
        default=12000, ge=500, description="Prompt budget; drafts and errors are cut to fit."
    )
    differential: bool = Field(
        default=True,
        description="Run a compiled candidate against CPython when the unit is a runnable script.",
    )
    compile_timeout_s: float = Field(default=60.0, gt=0, description="Limit for one compile.")
    run_timeout_s: float = Field(default=10.0, gt=0, description="Limit for one sandboxed run.")
    memory_mb: int = Field(
        default=4096, ge=256, description="Address-space limit of compiles and sandboxed runs."
    )
    via: Literal["auto", "serve", "data"] = Field(
        default="auto",
        description="Batch route to the model: serve (the running Serve app's LLM deployment), "
        "data (a Ray Data actor holding vllm.LLM), auto (serve when the app runs, else data).",
    )
    serve_app: str = Field(default="portalis", description="Serve app the serve route calls.")
    actors: int = Field(default=1, ge=1, description="Data route: vllm.LLM actors.")
    num_cpus: float = Field(default=0.5, gt=0, description="Data route: CPUs per actor.")
    num_gpus: float = Field(
        default=0.0, ge=0, description="Data route: GPUs per actor (tensor_parallel_size on GPU)."
    )


class TranslateConfig(_Section):
    """The translate stage."""

    backend: Literal["rules", "llm", "auto"] = Field(
        default="rules",
        description="rules: deterministic translator; llm: language model; "
        "auto: rules first, the model for what rules reject.",
    )
    actors: int = Field(default=2, ge=1, description="Size of the translate actor pool.")
    num_cpus: float = Field(default=0.5, gt=0, description="CPUs reserved per translate actor.")
    batch_size: int = Field(default=4, ge=1, description="Files per translate batch.")
    llm: LLMConfig = Field(
        default_factory=LLMConfig, description="The LLM backend (--backend llm|auto, serve)."
    )


class BuildConfig(_Section):
    """Building the generated Cargo workspace."""

    enabled: bool = Field(default=True, description="Run cargo build after translation.")
    cargo: str = Field(default="cargo", description="Cargo executable (name on PATH or path).")
    release: bool = Field(default=True, description="Build with the release profile.")
    jobs: int = Field(default=0, ge=0, description="cargo -j value; 0 lets cargo decide.")
    target: Literal["native", "wasm", "both"] = Field(
        default="native", description="Build target: native, wasm32-wasi, or both."
    )
    timeout_s: float = Field(default=1800.0, gt=0, description="Limit for one cargo build.")
    target_dir: str | None = Field(
        default=None,
        description="CARGO_TARGET_DIR shared between runs; null uses $CARGO_TARGET_DIR "
        "when set, else OUT/target.",
    )


class VerifyConfig(_Section):
    """Differential runs of each binary against CPython."""

    enabled: bool = Field(default=True, description="Compare each binary with CPython.")
    python: str = Field(
        default="",
        description="Python used for the reference run; empty = the interpreter running Portalis.",
    )
    timeout_s: float = Field(default=60.0, gt=0, description="Limit for each program run.")
    jobs: int = Field(default=2, ge=1, description="Programs compared concurrently.")
    max_diff_lines: int = Field(default=40, ge=1, description="Lines of diff kept on mismatch.")


class AutoscalingConfig(_Section):
    """Ray Serve autoscaling bounds of one deployment."""

    min_replicas: int = Field(default=1, ge=0, description="Fewest replicas kept.")
    max_replicas: int = Field(default=1, ge=1, description="Most replicas started.")
    target_ongoing_requests: float = Field(
        default=2.0, gt=0, description="Ongoing requests per replica the autoscaler aims at."
    )


class DeploymentConfig(_Section):
    """Replicas and resources of one Serve deployment."""

    num_replicas: int = Field(default=1, ge=1, description="Fixed replica count.")
    autoscaling: AutoscalingConfig | None = Field(
        default=None, description="Autoscaling bounds; when set, num_replicas is ignored."
    )
    num_cpus: float = Field(default=0.25, ge=0, description="CPUs per replica.")
    num_gpus: float = Field(default=0.0, ge=0, description="GPUs per replica.")
    max_ongoing_requests: int = Field(
        default=16, ge=1, description="Requests one replica works on at once."
    )
    max_queued_requests: int = Field(
        default=64, ge=-1, description="Requests waiting per caller before 503; -1: unbounded."
    )


class ServeConfig(_Section):
    """`portalis serve`: the Ray Serve application and its HTTP API."""

    app_name: str = Field(default="portalis", description="Serve application name.")
    host: str = Field(default="127.0.0.1", description="HTTP bind address.")
    port: int = Field(default=8000, ge=0, le=65535, description="HTTP port.")
    route_prefix: str = Field(default="/", description="URL prefix of the application.")
    max_body_bytes: int = Field(
        default=1_000_000, ge=1024, description="Larger request bodies get 413."
    )
    max_batch_items: int = Field(default=64, ge=1, description="Snippets per batch request.")
    max_concurrent_requests: int = Field(
        default=32, ge=1, description="Requests in flight at the ingress; more get 503."
    )
    retry_after_s: int = Field(default=5, ge=1, description="Retry-After sent with a 503.")
    request_timeout_s: float = Field(
        default=300.0, gt=0, description="Limit for one translation; then 504."
    )
    ingress: DeploymentConfig = Field(
        default_factory=lambda: DeploymentConfig(
            num_replicas=2, num_cpus=0.1, max_ongoing_requests=64
        ),
        description="The FastAPI ingress deployment (it also runs the rules translation).",
    )
    rules: DeploymentConfig = Field(
        default_factory=lambda: DeploymentConfig(num_cpus=0.25),
        description="The rules deployment (CPU).",
    )
    llm: DeploymentConfig = Field(
        default_factory=lambda: DeploymentConfig(num_cpus=0.25, max_ongoing_requests=8),
        description="The LLM deployment (one vLLM engine per replica; num_gpus: GPUs per "
        "replica, or per shard when translate.llm.tensor_parallel_size > 1).",
    )


class PortalisConfig(_Section):
    """Everything a `portalis translate` run is configured by."""

    ray: RayConfig = Field(default_factory=RayConfig, description="Ray connection.")
    ingest: IngestConfig = Field(default_factory=IngestConfig, description="Input files.")
    index: IndexConfig = Field(default_factory=IndexConfig, description="Index stage.")
    analyze: AnalyzeConfig = Field(default_factory=AnalyzeConfig, description="Analyze stage.")
    translate: TranslateConfig = Field(
        default_factory=TranslateConfig, description="Translate stage."
    )
    build: BuildConfig = Field(default_factory=BuildConfig, description="Cargo build.")
    verify: VerifyConfig = Field(default_factory=VerifyConfig, description="Verification.")
    serve: ServeConfig = Field(default_factory=ServeConfig, description="HTTP service.")


def _format_validation_error(source: str, err: ValidationError) -> str:
    parts = []
    for item in err.errors():
        key = ".".join(str(p) for p in item["loc"]) or "<root>"
        parts.append(f"{key}: {item['msg']}")
    return f"{source}: invalid config: " + "; ".join(parts)


def config_from_dict(data: dict[str, Any], source: str = "<config>") -> PortalisConfig:
    """Validate a plain mapping into a :class:`PortalisConfig`."""
    try:
        return PortalisConfig.model_validate(data)
    except ValidationError as err:
        raise ConfigError(_format_validation_error(source, err)) from None


def load_config(path: str | Path | None = None) -> PortalisConfig:
    """Load a YAML config; without a path, the embedded default (configs/local.yaml)."""
    if path is None:
        if not REPO_DEFAULT_CONFIG.is_file():
            # Installed without the repo: the model defaults are the same file (tested).
            return PortalisConfig()
        path = REPO_DEFAULT_CONFIG
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read config: {err.strerror or err}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise ConfigError(f"{path}{where}: invalid YAML: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: invalid config: the top level must be a mapping")
    return config_from_dict(data, source=str(path))


def with_overrides(config: PortalisConfig, overrides: dict[str, Any]) -> PortalisConfig:
    """Return a copy with dotted-key overrides applied (e.g. ``{"translate.backend": "llm"}``)."""
    data = config.model_dump()
    for dotted, value in overrides.items():
        if value is None:
            continue
        node = data
        *parents, leaf = dotted.split(".")
        for key in parents:
            node = node[key]
        node[leaf] = value
    return config_from_dict(data, source="command line")


def dump_config(config: PortalisConfig) -> str:
    """The effective config as YAML, in the same shape as configs/local.yaml."""
    return yaml.safe_dump(config.model_dump(), sort_keys=False)
