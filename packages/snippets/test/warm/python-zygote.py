"""Runs Python snippets one after another, each in a child forked from one warm interpreter.

A snippet's own run is a few milliseconds; starting Python and importing requests is most of a
second on a loaded machine. So this process imports requests once, then forks a child per
snippet: the child starts with requests loaded and otherwise runs the file as `python3 FILE`
would (its folder as cwd and sys.path[0], `__name__ == "__main__"`, its own stdout and stderr,
its exit code), and nothing it does outlives it.

Protocol, one JSON object per line: on stdin {"dir", "file", "out", "err"}; on stdout
{"code"} once the child has ended, its output in the files named "out" and "err".
"""

import json
import os
import runpy
import signal
import sys
import traceback

import requests  # noqa: F401  (loaded once here, inherited by every child)

LIMIT_S = int(sys.argv[1]) if len(sys.argv) > 1 else 300


def exit_code(code):
    """SystemExit's code as the interpreter turns it into a process status."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def run_child(job):
    # The jobs pipe is the parent's; a snippet that reads stdin reads nothing, as under execFile.
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    sys.stdin = open(os.devnull)
    for fd, name in ((1, "out"), (2, "err")):
        target = os.open(job[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    os.chdir(job["dir"])
    sys.path[0] = job["dir"]
    sys.argv = [job["file"]]
    # A hung snippet ends with SIGALRM's default action, so the parent always hears back.
    signal.alarm(LIMIT_S)
    code = 0
    try:
        runpy.run_path(job["file"], run_name="__main__")
    except SystemExit as error:
        code = exit_code(error.code)
    except BaseException:
        traceback.print_exc()
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def main():
    for line in sys.stdin:
        job = json.loads(line)
        # Anything still buffered would be written twice: once by each process.
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            run_child(job)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        # Killed by a signal: the status a shell reports, 128 + the signal's number.
        sys.stdout.write(json.dumps({"code": code if code >= 0 else 128 - code}) + "\n")
        sys.stdout.flush()


main()
