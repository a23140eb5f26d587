"""textlab.locations: where resources and models are, and the header of a resource file."""

from __future__ import annotations

from textlab.locations import header_field, read_resource


def test_header_field_reads_name_and_version_of_the_packaged_frame_file():
    name, version = "", 0
    for line in read_resource("frames.txt").splitlines():
        if line.startswith("#"):
            name, version = header_field(line, name, version)
    assert (name, version) == ("textlab.frames", 2)


def test_header_field_leaves_other_comments_and_bad_versions_alone():
    assert header_field("# Source: written by the textlab developers", "x", 2) == ("x", 2)
    assert header_field("# version: two", "x", 2) == ("x", 2)
    assert header_field("# name:", "x", 2) == ("x", 2)
    assert header_field("# version: 3", "x", 2) == ("x", 3)
