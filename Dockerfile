# Portalis-Ray image for DGX Cloud (KubeRay head and GPU workers, RayJob, RayService).
#   docker build -t $REGISTRY/portalis-ray:0.1.0 .   (see docs/deploy-dgx.md)
# Ray's GPU image brings Python 3.11, CUDA and the same Ray the project is tested with.
FROM rayproject/ray:2.60.0-py311-gpu

USER root
# Rust (generated crates build natively) and Debian's rustc/cargo with the wasm32-wasi std
# (--target wasm builds; the pyrt runtime targets Rust 1.63 for this reason).
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential curl ca-certificates \
       rustc cargo libstd-rust-dev-wasm32 lld \
    && rm -rf /var/lib/apt/lists/*
ENV RUSTUP_HOME=/opt/rustup CARGO_HOME=/opt/cargo PATH=/opt/cargo/bin:$PATH
RUN curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain stable \
    && chmod -R a+rwX /opt/cargo /opt/rustup

# The code lives at /opt/portalis: manifests name /opt/portalis/configs/dgx.yaml.
WORKDIR /opt/portalis
COPY pyproject.toml README.md ./
COPY configs ./configs
COPY portalis_ray ./portalis_ray
# vLLM (CUDA build) and CuPy for the GPU lexer; then the package itself.
RUN pip install --no-cache-dir -e ".[llm,gpu,wasm]" \
    && chown -R ray:users /opt/portalis

USER ray
# Ray's metrics port (Prometheus scrapes it), Serve HTTP, dashboard/jobs API.
EXPOSE 8080 8000 8265
