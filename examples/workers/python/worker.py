#!/usr/bin/env python3
"""A Docket worker in Python, standard library only.

Fetches jobs from a Docket server over HTTP (long poll), runs them, renews their leases while
they run, and reports each outcome fenced by its attempt. See ../README.md.
"""
import argparse
import json
import os
import socket
import sys
import threading
import time
import traceback
import urllib.error
import urllib.request

LEASE_MS = 30000


class Api:
    """The few calls a worker makes, as JSON over HTTP."""

    def __init__(self, url, token):
        self.url = url.rstrip("/") + "/api/v1"
        self.token = token

    def post(self, path, body, timeout=75):
        data = json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.url + path, data=data, method="POST")
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")


class Stopped(Exception):
    """The server said to stop: the job was cancelled or its lease lost."""


def wordcount(args, ctx):
    text = args.get("text", "")
    ctx.progress({"counted": True})
    return {"words": len(text.split()), "worker": "python"}


def fail(args, ctx):
    raise JobFailed(args.get("message", "failed"), bool(args.get("retry", True)))


class JobFailed(Exception):
    def __init__(self, message, retry):
        super().__init__(message)
        self.retry = retry


HANDLERS = {"example.wordcount": wordcount, "example.fail": fail}


class Context:
    """What a handler gets: the job, and progress and heartbeat on the running attempt."""

    def __init__(self, api, job):
        self.api = api
        self.job = job
        self.attempt = job["lease"]["attempt"]
        self.stopped = False

    def heartbeat(self, progress=None):
        body = {"attempt": self.attempt, "leaseMs": LEASE_MS}
        if progress is not None:
            body["progress"] = progress
        status, answer = self.api.post("/jobs/%s/heartbeat" % self.job["id"], body)
        if status == 409:
            self.stopped = True
            raise Stopped(answer.get("message", "stop"))

    def progress(self, value):
        self.heartbeat(value)


def keep_lease(ctx, done):
    """Renews the lease every third of it until the handler is done."""
    while not done.wait(LEASE_MS / 3000.0):
        try:
            ctx.heartbeat()
        except Stopped:
            return
        except OSError:
            pass


def run(api, job):
    ctx = Context(api, job)
    handler = HANDLERS[job["type"]]
    done = threading.Event()
    threading.Thread(target=keep_lease, args=(ctx, done), daemon=True).start()
    try:
        result = handler(job["args"], ctx)
    except Stopped:
        return "stopped"
    except JobFailed as error:
        api.post("/jobs/%s/fail" % job["id"], {"attempt": ctx.attempt, "error": str(error), "retry": error.retry})
        return "failed"
    except Exception as error:  # any handler error: report it, retried per the job's policy
        api.post("/jobs/%s/fail" % job["id"], {"attempt": ctx.attempt, "error": repr(error),
                                                "stack": traceback.format_exc()})
        return "failed"
    finally:
        done.set()
    status, answer = api.post("/jobs/%s/complete" % job["id"], {"attempt": ctx.attempt, "result": result})
    return "completed" if status == 200 else "stale"


def main():
    parser = argparse.ArgumentParser(description="A Docket worker in Python.")
    parser.add_argument("--url", default="http://127.0.0.1:7070")
    parser.add_argument("--token", default=os.environ.get("DOCKET_TOKEN"))
    parser.add_argument("--queue", action="append", dest="queues")
    parser.add_argument("--name", default="python-%s-%d" % (socket.gethostname(), os.getpid()))
    parser.add_argument("--max-jobs", type=int, default=0, help="stop after this many jobs (0: never)")
    parser.add_argument("--idle-exit", type=float, default=0, help="stop after this many idle seconds (0: never)")
    options = parser.parse_args()
    api = Api(options.url, options.token)
    handled = 0
    idle_since = time.monotonic()
    while True:
        status, answer = api.post("/fetch", {"queues": options.queues or ["default"], "types": sorted(HANDLERS),
                                             "max": 4, "leaseMs": LEASE_MS, "waitMs": 1000, "worker": options.name})
        if status != 200:
            print("fetch failed: %s %s" % (status, answer), file=sys.stderr)
            time.sleep(1)
            continue
        for job in answer["jobs"]:
            outcome = run(api, job)
            print("%s %s attempt %d: %s" % (job["type"], job["id"], job["lease"]["attempt"], outcome), flush=True)
            handled += 1
            idle_since = time.monotonic()
        if options.max_jobs and handled >= options.max_jobs:
            return 0
        if options.idle_exit and time.monotonic() - idle_since > options.idle_exit:
            return 0


if __name__ == "__main__":
    sys.exit(main())
