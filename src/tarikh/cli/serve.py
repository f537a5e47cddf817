"""``tarikh serve``: the web app and JSON API (FastAPI under uvicorn)."""

from __future__ import annotations

import click

from .base import cli, config_option, db_option, handle_errors


@cli.command()
@db_option
@config_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--max-upload-mb", type=int, default=50, show_default=True, help="Upload size limit.")
@click.option("--fast", is_flag=True, help="Build uploads with the fast model-free pipeline.")
@click.option("--cache-size", type=int, default=512, show_default=True,
              help="GET responses kept until the knowledge base changes (0: no cache).")
@handle_errors
def serve(db: str, config_path: str | None, host: str, port: int, max_upload_mb: int, fast: bool,
          cache_size: int) -> None:
    """Serve the knowledge base in the browser (pages and a JSON API at /api, OpenAPI at /openapi.json).

    Writes (uploads) are allowed from this machine only, unless TARIKH_TOKEN is set: then a
    write needs the header 'Authorization: Bearer TOKEN'."""
    import uvicorn

    from ..serve import Settings, create_app
    from ..store.db import Store

    Store(db).close()  # create the knowledge base if missing, or fail clearly on a damaged file
    settings = Settings(db_path=db, config_path=config_path, fast=fast, max_upload_bytes=max_upload_mb * 1024 * 1024,
                        page_cache=cache_size)
    app = create_app(db, settings=settings)
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.token:
        click.echo("Note: listening beyond this machine; uploads stay refused for other hosts "
                   "unless TARIKH_TOKEN is set.", err=True)
    click.echo(f"tarikh: serving {db} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
