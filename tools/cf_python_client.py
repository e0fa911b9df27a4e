"""Drives a server generated from the spec with the real Cloud Foundry Python client
(cloudfoundry-client): lists, gets, updates, copies and deletes droplets; creates, lists and
cancels tasks.

Usage: cf_python_client.py <server command...>
The server command must print its base URL as the first line on stdout and accept the bearer
token `good-token` as an admin. Prints one line per check and a closing `N passed, N failed`
line; exits non-zero on failure.
"""
import io
import subprocess
import sys
import tarfile
import time

import requests
from cloudfoundry_client.client import CloudFoundryClient

TOKEN = "good-token"
APP = "7b34f1cf-7e73-428a-bb5a-8a17a8058396"


def main(command):
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        return run(base)
    finally:
        server.terminate()
        server.wait(timeout=30)


def tgz():
    """A small gzipped tarball, as a droplet's bits."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        data = b"#!/bin/sh\necho hello\n"
        info = tarfile.TarInfo("app/run.sh")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def poll(fn, what, limit=20.0):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = fn()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def run(base):
    passed, failed = 0, 0

    def check(name, fn):
        nonlocal passed, failed
        try:
            fn()
            passed += 1
            print(f"PASS {name}")
        except Exception as e:  # report every failure, keep going
            failed += 1
            print(f"FAIL {name}: {e!r}")

    # The client reads GET / (unauthenticated) to find the V3 API and the token server.
    client = CloudFoundryClient(base)
    client._access_token = TOKEN
    headers = {"Authorization": f"bearer {TOKEN}"}
    created = [client.v3.droplets.create(APP)["guid"] for _ in range(3)]

    def lists_droplets_across_pages():
        seen = [d["guid"] for d in client.v3.droplets.list(per_page=1)]
        assert seen == created, seen

    def gets_a_droplet():
        d = client.v3.droplets.get(created[0])
        assert d["state"] == "AWAITING_UPLOAD", d

    def updates_metadata():
        d = client.v3.droplets.update(created[0], meta_labels={"release": "stable"})
        assert d["metadata"]["labels"] == {"release": "stable"}, d
        selected = [d["guid"] for d in client.v3.droplets.list(label_selector="release=stable")]
        assert selected == [created[0]], selected

    def lists_app_droplets():
        seen = [d["guid"] for d in client.v3.apps.list_droplets(APP)]
        assert len(seen) == 3, seen

    def removes_a_droplet_and_waits_for_the_job():
        job = client.v3.droplets.remove(created[2])  # the job guid, read from `Location`
        done = client.v3.jobs.wait_for_job_completion(job)
        assert done["state"] == "COMPLETE" and done["operation"] == "droplet.delete", done
        gone = requests.get(f"{base}/v3/droplets/{created[2]}", headers=headers)
        assert gone.status_code == 404, gone.text

    def filters_with_comma_lists():
        seen = [d["guid"] for d in client.v3.droplets.list(states=["AWAITING_UPLOAD", "STAGED"])]
        assert sorted(seen) == sorted(created[:2]), seen

    def copies_a_staged_droplet():
        files = {"bits": ("droplet.tgz", tgz(), "application/gzip")}
        up = requests.post(f"{base}/v3/droplets/{created[1]}/upload", files=files, headers=headers)
        assert up.status_code == 202, up.text
        client.v3.jobs.wait_for_job_completion(up.headers["Location"].rsplit("/", 1)[1])
        assert client.v3.droplets.get(created[1])["state"] == "STAGED"
        copy = client.v3.droplets.copy(created[1], APP)
        assert copy["state"] in ("COPYING", "STAGED"), copy
        assert copy["relationships"]["app"]["data"]["guid"] == APP, copy

    def creates_lists_and_cancels_tasks():
        current = {"data": {"guid": created[1]}}
        r = requests.patch(f"{base}/v3/apps/{APP}/relationships/current_droplet", json=current, headers=headers)
        assert r.status_code == 200, r.text
        task = client.v3.tasks.create(APP, command="rake db:migrate", name="migrate")
        assert task["state"] == "RUNNING", task
        assert [t["name"] for t in client.v3.tasks.list(names=["migrate"])] == ["migrate"]
        assert client.v3.tasks.get(task["guid"])["command"] == "rake db:migrate"
        assert client.v3.tasks.cancel(task["guid"])["state"] == "CANCELING"

    def errors_come_back_in_the_envelope():
        try:
            client.v3.droplets.get("585bc3c1-3743-497d-88b0-403ad6b56d16")
        except Exception as e:
            assert "Droplet not found" in str(e) or "404" in str(e), e
        else:
            raise AssertionError("no error for a missing droplet")

    for name, fn in list(locals().items()):
        if callable(fn) and name not in ("check",):
            check(name, fn)
    print(f"cf-python-client: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
