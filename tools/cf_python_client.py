"""Drives the generated server with the real Cloud Foundry Python client (cloudfoundry-client).

Usage: cf_python_client.py <path to the in_memory example binary>
Prints one line per check and a closing `N passed, N failed` line; exits non-zero on failure.
"""
import subprocess
import sys

import requests
from cloudfoundry_client.client import CloudFoundryClient

TOKEN = "good-token"
APP = "7b34f1cf-7e73-428a-bb5a-8a17a8058396"


def main(binary):
    server = subprocess.Popen([binary], stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        return run(base)
    finally:
        server.terminate()


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
    body = {"relationships": {"app": {"data": {"guid": APP}}}}
    created = [requests.post(f"{base}/v3/droplets", json=body, headers=headers).json()["guid"] for _ in range(3)]

    def lists_droplets_across_pages():
        seen = [d["guid"] for d in client.v3.droplets.list(per_page=1)]
        assert seen == created, seen

    def gets_a_droplet():
        d = client.v3.droplets.get(created[0])
        assert d["state"] == "AWAITING_UPLOAD", d

    def updates_metadata():
        d = client.v3.droplets.update(created[0], meta_labels={"release": "stable"})
        assert d["metadata"]["labels"] == {"release": "stable"}, d

    def lists_app_droplets():
        seen = [d["guid"] for d in client.v3.apps.list_droplets(APP)]
        assert len(seen) == 3, seen

    def removes_a_droplet_and_returns_the_job():
        job = client.v3.droplets.remove(created[2])  # the job guid, read from `Location`
        resp = requests.get(f"{base}/v3/jobs/{job}", headers=headers).json()
        assert resp["operation"] == "droplet.delete", resp

    def filters_with_comma_lists():
        seen = [d["guid"] for d in client.v3.droplets.list(states=["AWAITING_UPLOAD", "STAGED"])]
        assert len(seen) == 2, seen

    def creates_lists_and_cancels_tasks():
        requests.patch(f"{base}/v3/apps/{APP}/relationships/current_droplet", json={"data": {"guid": created[0]}}, headers=headers)
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
    sys.exit(main(sys.argv[1]))
