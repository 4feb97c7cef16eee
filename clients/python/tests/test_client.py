"""The client against a real ``optimizer serve`` on 127.0.0.1: the contract of the README, honest and hostile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import unittest
import urllib.error
import urllib.request

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..")))

from optimizer_client import (CredentialError, LeaseLost, NoTrialAvailable, RequestError, Study,  # noqa: E402
                              StudyFinished)
from serve_process import ServeProcess  # noqa: E402

CLIENT_DIRECTORY = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def loss(params) -> float:
    """A function with its minimum 0 at x = 0.5, layers = 2, activation = tanh."""
    return (params["x"] - 0.5) ** 2 + 0.1 * abs(params["layers"] - 2) + (0.0 if params["activation"] == "tanh" else 0.3)


class AskAndTell(unittest.TestCase):
    def test_a_plain_loop_tunes_a_function_and_then_the_study_is_finished(self) -> None:
        with ServeProcess(trials=14) as serve:
            study = Study(serve.url, secret_file=serve.secret_file)
            for _ in range(14):
                trial = study.ask()
                self.assertIsInstance(trial.params["x"], float)
                self.assertIsInstance(trial.params["layers"], int)
                self.assertIn(trial.params["activation"], ("relu", "tanh"))
                study.tell(trial, {"loss": loss(trial.params), "seconds": 1.5})
            best = study.best()
            self.assertEqual(1, len(best))
            self.assertLess(best[0].values["loss"], 0.15)
            self.assertEqual(1.5, best[0].values["seconds"])   # extra metrics are kept
            self.assertEqual(min(t.values["loss"] for t in study.trials()), best[0].values["loss"])
            recommendation = study.recommend()
            self.assertEqual("posterior-mean", recommendation.method)
            self.assertEqual(1, len(recommendation.trials))
            with self.assertRaises(StudyFinished):
                study.ask()
            info = study.info()
            self.assertEqual({"queued": 0, "running": 0, "complete": 14, "failed": 0, "pruned": 0, "interrupted": 0}, info["trials"])
            self.assertTrue(info["finished"])
            self.assertEqual(0, serve.stop())   # budget spent: exit 0

    def test_a_tell_repeated_is_recorded_once_and_fail_drops_the_point(self) -> None:
        with ServeProcess(trials=3, strategy="sobol") as serve:
            study = Study(serve.url, secret_file=serve.secret_file)
            trial = study.ask()
            first = study.tell(trial, {"loss": 0.25})
            again = study.tell(trial, {"loss": 0.25})
            self.assertEqual(first, again)
            failed = study.ask()
            self.assertEqual("failed", study.fail(failed, "CUDA out of memory").state)
            states = [(t.number, t.state, t.attempt, t.error) for t in study.trials()]
            self.assertEqual([(0, "complete", 1, None), (1, "failed", 1, "CUDA out of memory")], states)
            with self.assertRaises(LeaseLost):   # a failed trial cannot be told afterwards
                study.tell(failed, {"loss": 1.0})

    def test_report_stores_steps_and_says_go_on_by_default(self) -> None:
        with ServeProcess(trials=2, strategy="sobol") as serve:
            study = Study(serve.url, secret_file=serve.secret_file)
            trial = study.ask()
            self.assertFalse(study.report(trial, step=1, values={"loss": 0.9}))
            self.assertFalse(study.report(trial, step=2, values={"loss": 0.6}))
            study.tell(trial, {"loss": 0.5})
            with self.assertRaises(LeaseLost):   # a finished trial takes no more reports
                study.report(trial, step=3, values={"loss": 0.4})
            with self.assertRaises(RequestError) as error:
                study.report(study.ask(), step=0, values={"loss": 0.4})
            self.assertIn("step", str(error.exception))

    def test_wrong_values_are_refused_with_the_metric_named_and_the_trial_stays_running(self) -> None:
        with ServeProcess(trials=2, strategy="sobol") as serve:
            study = Study(serve.url, secret_file=serve.secret_file)
            trial = study.ask()
            with self.assertRaises(RequestError) as missing:
                study.tell(trial, {"val_loss": 0.3})
            self.assertEqual("trial 0: values: missing metric 'loss' (told: val_loss)", str(missing.exception))
            self.assertEqual(400, missing.exception.status)
            with self.assertRaises(RequestError):
                study.tell(trial, {"loss": float("nan")})
            self.assertEqual("running", study.trials()[0].state)
            self.assertEqual("complete", study.tell(trial, {"loss": 0.3}).state)


class Concurrency(unittest.TestCase):
    def test_clients_asking_at_once_never_get_the_same_point(self) -> None:
        with ServeProcess(trials=8) as serve:
            study = Study(serve.url, secret_file=serve.secret_file)
            start = threading.Barrier(4)
            asked = []
            lock = threading.Lock()

            def ask_twice() -> None:
                start.wait()
                for _ in range(2):
                    trial = study.ask()
                    with lock:
                        asked.append(trial)

            threads = [threading.Thread(target=ask_twice) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            self.assertEqual(list(range(8)), sorted(t.number for t in asked))
            points = {tuple(sorted(t.params.items())) for t in asked}
            self.assertEqual(8, len(points))
            self.assertEqual(8, study.info()["trials"]["running"])   # every one is a pending point
            for trial in asked:
                study.tell(trial, {"loss": loss(trial.params)})
            self.assertTrue(study.info()["finished"])


class Credential(unittest.TestCase):
    def test_a_wrong_secret_is_refused_and_nothing_is_asked(self) -> None:
        with ServeProcess(trials=3) as serve:
            stranger = Study(serve.url, secret="not the study's secret", retry_for=0)
            with self.assertRaises(CredentialError) as refused:
                stranger.ask()
            self.assertEqual(401, refused.exception.status)
            self.assertIn("wrong credential", str(refused.exception))
            owner = Study(serve.url, secret_file=serve.secret_file)
            self.assertEqual(0, sum(owner.info()["trials"].values()))

    def test_requests_without_a_token_or_with_a_replayed_one_get_401_as_json(self) -> None:
        with ServeProcess(trials=3) as serve:
            for headers in ({}, {"Authorization": "Bearer v1.1.2.3"}, {"Authorization": "Basic dXNlcjpwYXNz"}):
                request = urllib.request.Request(serve.url + "/v1/ask", data=b"{}", method="POST", headers=headers)
                with self.assertRaises(urllib.error.HTTPError) as answer:
                    urllib.request.urlopen(request, timeout=10)
                self.assertEqual(401, answer.exception.code)
                self.assertEqual("unauthorized", json.loads(answer.exception.read())["code"])
            from optimizer_client.credential import read_secret, token
            signed = token(read_secret(serve.secret_file))
            first = urllib.request.Request(serve.url + "/v1/study", headers={"Authorization": "Bearer " + signed})
            with urllib.request.urlopen(first, timeout=10) as answer:
                self.assertEqual(200, answer.status)
            with self.assertRaises(urllib.error.HTTPError) as replayed:
                urllib.request.urlopen(urllib.request.Request(serve.url + "/v1/study", headers={"Authorization": "Bearer " + signed}), timeout=10)
            self.assertIn("replayed", json.loads(replayed.exception.read())["error"])

    def test_a_secret_file_others_may_read_is_refused_by_client_and_service(self) -> None:
        serve = ServeProcess(trials=3)
        os.chmod(serve.secret_file, 0o644)
        with self.assertRaises(CredentialError) as client_refusal:
            Study("http://127.0.0.1:1", secret_file=serve.secret_file)
        self.assertIn("chmod 600", str(client_refusal.exception))
        result = subprocess.run(serve.arguments(), capture_output=True, text=True, timeout=120)
        self.assertEqual(2, result.returncode)
        self.assertIn(f"error: --secret-file {serve.secret_file}: group or others may access it (mode 644); "
                      f"restrict it with: chmod 600 {serve.secret_file}", result.stderr)

    def test_malformed_json_is_answered_with_a_readable_json_error(self) -> None:
        with ServeProcess(trials=3) as serve:
            study = Study(serve.url, secret_file=serve.secret_file)
            from optimizer_client.credential import token
            request = urllib.request.Request(serve.url + "/v1/trials/0/tell", data=b"{\"attempt\": ", method="POST",
                                             headers={"Authorization": "Bearer " + token(study._secret)})
            with self.assertRaises(urllib.error.HTTPError) as answer:
                urllib.request.urlopen(request, timeout=10)
            self.assertEqual(400, answer.exception.code)
            self.assertTrue(json.loads(answer.exception.read())["error"].startswith("body: not JSON"))


VANISHING_CLIENT = """
import sys, time
sys.path.insert(0, sys.argv[3])
from optimizer_client import Study
trial = Study(sys.argv[1], secret_file=sys.argv[2]).ask()
print(trial.number, trial.attempt, flush=True)
time.sleep(600)
"""


class Leases(unittest.TestCase):
    def test_the_trial_of_a_vanished_client_is_handed_out_again_after_its_lease(self) -> None:
        with ServeProcess(trials=1, lease_timeout=2) as serve:
            vanishing = subprocess.Popen([sys.executable, "-c", VANISHING_CLIENT, serve.url, serve.secret_file, CLIENT_DIRECTORY],
                                         stdout=subprocess.PIPE, text=True)
            self.assertEqual("0 1", vanishing.stdout.readline().strip())
            time.sleep(3)   # its heartbeats keep the trial while it lives
            study = Study(serve.url, secret_file=serve.secret_file)
            with self.assertRaises(NoTrialAvailable):
                study.ask(wait=False)
            vanishing.kill()
            vanishing.wait()
            vanishing.stdout.close()
            started = time.monotonic()
            again = study.ask()   # waits until the lease lapses
            self.assertLess(time.monotonic() - started, 10)
            self.assertEqual((0, 2), (again.number, again.attempt))
            study.tell(again, {"loss": 0.1})
            self.assertEqual([(0, "complete", 2)], [(t.number, t.state, t.attempt) for t in study.trials()])

    def test_a_late_tell_of_a_lapsed_attempt_is_refused_and_not_recorded(self) -> None:
        with ServeProcess(trials=1, lease_timeout=1) as serve:
            silent = Study(serve.url, secret_file=serve.secret_file, heartbeat=False)
            trial = silent.ask()
            other = Study(serve.url, secret_file=serve.secret_file)
            again = other.ask()
            self.assertEqual((0, 2), (again.number, again.attempt))
            with self.assertRaises(LeaseLost) as lost:
                silent.tell(trial, {"loss": 9.0})
            self.assertIn("lease lapsed", str(lost.exception))
            other.tell(again, {"loss": 0.2})
            self.assertEqual({"loss": 0.2}, other.trials()[0].values)


class Restart(unittest.TestCase):
    def test_a_killed_and_restarted_service_loses_nothing_while_clients_retry(self) -> None:
        trials = 16
        with ServeProcess(trials=trials, lease_timeout=30, strategy="sobol") as serve:
            told = {}
            lock = threading.Lock()
            errors = []

            def work(name: str) -> None:
                study = Study(serve.url, secret_file=serve.secret_file, client=name, retry_for=60)
                try:
                    while True:
                        trial = study.ask()
                        time.sleep(0.4)   # "training", across the restart
                        value = loss(trial.params)
                        study.tell(trial, {"loss": value})
                        with lock:
                            told[trial.number] = value
                except StudyFinished:
                    return
                except Exception as e:  # reported by the test, not swallowed
                    errors.append(e)

            threads = [threading.Thread(target=work, args=(f"client-{i}",)) for i in range(2)]
            for thread in threads:
                thread.start()
            time.sleep(1.5)
            serve.kill()
            with lock:
                told_before_the_kill = len(told)
            self.assertLess(told_before_the_kill, trials - 2, "the service must die mid-study")
            time.sleep(1.0)   # clients meanwhile get connection refused and retry
            serve.start()
            for thread in threads:
                thread.join(timeout=120)
            self.assertEqual([], errors)
            study = Study(serve.url, secret_file=serve.secret_file)
            stored = study.trials()
            self.assertEqual(trials, len(stored))
            self.assertTrue(all(t.state == "complete" for t in stored), [(t.number, t.state) for t in stored])
            self.assertEqual(told, {t.number: t.values["loss"] for t in stored})
            self.assertTrue(all(t.attempt == 1 for t in stored), "a trial running across the restart stays its client's")


if __name__ == "__main__":
    unittest.main()
