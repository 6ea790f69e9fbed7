"""How the worker reads jobs: whole lines from the pipe in any chunking, over-long lines refused
without losing the next job, and whether a job is already waiting (so that the idle-time
garbage collection never delays one)."""

from __future__ import annotations

import os
import threading

import pytest

from briefwriter.render.worker import TOO_LONG, LineReader


@pytest.fixture
def pipe():
    read_fd, write_fd = os.pipe()
    yield read_fd, write_fd
    for fd in (read_fd, write_fd):
        try:
            os.close(fd)
        except OSError:
            pass


def test_lines_come_whole_however_the_bytes_arrive(pipe):
    read_fd, write_fd = pipe
    reader = LineReader(read_fd)
    reader.CHUNK = 7  # force lines to be split across reads
    os.write(write_fd, b'{"id": 1, "op": "ping"}\n{"id": 2')
    assert reader.readline() == b'{"id": 1, "op": "ping"}\n'
    os.write(write_fd, b', "op": "shutdown"}\n')
    assert reader.readline() == b'{"id": 2, "op": "shutdown"}\n'
    os.write(write_fd, b"last line without newline")
    os.close(write_fd)
    assert reader.readline() == b"last line without newline"
    assert reader.readline() is None
    assert reader.readline() is None


def test_an_over_long_line_is_refused_and_the_next_job_still_read(pipe):
    read_fd, write_fd = pipe
    reader = LineReader(read_fd, max_line=100)
    reader.CHUNK = 64
    payload = b"x" * 1000 + b"\n" + b"y" * 101 + b"\n" + b'{"id": 3}\n'

    def feed() -> None:
        os.write(write_fd, payload)
        os.close(write_fd)

    writer = threading.Thread(target=feed)
    writer.start()
    assert reader.readline() == TOO_LONG
    assert reader.readline() == TOO_LONG  # 101 bytes and its newline: one byte over
    assert reader.readline() == b'{"id": 3}\n'
    assert reader.readline() is None
    writer.join()


def test_a_line_at_the_limit_is_accepted(pipe):
    read_fd, write_fd = pipe
    reader = LineReader(read_fd, max_line=100)
    os.write(write_fd, b"z" * 100 + b"\n")
    assert reader.readline() == b"z" * 100 + b"\n"


def test_it_knows_whether_a_job_is_waiting(pipe):
    read_fd, write_fd = pipe
    reader = LineReader(read_fd)
    assert reader.wait(0) is False
    os.write(write_fd, b'{"id": 1}\n{"id": 2}\n')
    assert reader.wait(0) is True
    assert reader.readline() == b'{"id": 1}\n'
    # The second job is already in the reader's buffer, not in the pipe: still waiting.
    assert reader.wait(0) is True
    assert reader.readline() == b'{"id": 2}\n'
    assert reader.wait(0) is False
    os.close(write_fd)
    assert reader.wait(0) is True  # the end of the input is news too
    assert reader.readline() is None
