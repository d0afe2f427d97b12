"""The archive's many small files go into the built site on a background thread
(``scripts/archive/site_files.py``): the hooks that make them call ``site_files.add``; this hook
hands the cleaning logs ingest put beside the pages to the same thread, and waits for all of them
before MkDocs copies the remaining static files.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from archive import site_files
from mkdocs.plugins import event_priority


def on_pre_build(config):
    site_files.discard()


@event_priority(-100)  # after the hooks that add files
def on_files(files, config):
    for file in list(files):
        if (
            file.src_uri.startswith("archive/")
            and not file.is_documentation_page()
            and file.abs_src_path
            and file.abs_src_path != file.abs_dest_path
        ):
            files.remove(file)
            site_files.add(files, config, file.src_uri, src=Path(file.abs_src_path))
    return files


@event_priority(-100)  # the last step before MkDocs copies static files
def on_env(env, config, files):
    site_files.finish(Path(config["site_dir"]))
    return env


def on_build_error(error):
    site_files.discard()
