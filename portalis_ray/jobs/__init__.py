"""Ray jobs: ``python -m portalis_ray.jobs.translate`` (batch translation, resumable)."""
