"""The build's extra work beside the site generator, in one helper process
(``scripts/archive/parallel.py``): the archive's many small files (``site_files``), related
documents and paragraph search entries. The hooks that make the work hand it over; this hook also
hands over the cleaning logs ingest put beside the pages, lets the files go to the helper after
the work the pages wait for (``on_nav``), waits for them once the pages are built, and ends the
helper with the build.
"""

from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority
from persona_archive import parallel
from persona_archive.site import site_files


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


@event_priority(-100)  # after the hooks that start work the pages wait for
def on_nav(nav, config, files):
    site_files.release(Path(config["site_dir"]))
    return nav


@event_priority(100)  # the files are in the site before any other hook looks at it
def _files_written(config):
    site_files.finish(Path(config["site_dir"]))


@event_priority(-100)  # after every hook that waits for a result
def _stop(config):
    parallel.stop_background()


on_post_build = CombinedEvent(_files_written, _stop)


def on_build_error(error):
    site_files.discard()
    parallel.stop_background()
