"""The trace: event kinds, their fields, and derivable lanes / ready queue."""
import unittest

from awaitable_runtime.state import RunState
from awaitable_runtime.trace import Recorder
from tests.support import RunTestCase, run

SRC = """\
import asyncio, time

async def worker(name, lock):
    async with lock:
        await asyncio.sleep(1)
    print(name, "done")

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker("a", lock))
    b = asyncio.create_task(worker("b", lock))
    time.sleep(0.25)
    await asyncio.gather(a, b)
    await asyncio.to_thread(time.sleep, 0.5)

asyncio.run(main())
"""


def of(events, kind, **match):
    return [e for e in events if e["kind"] == kind and all(e.get(k) == v for k, v in match.items())]


class TraceTest(RunTestCase):
    @classmethod
    def setUpClass(cls):
        cls.r = run(SRC, trace=True)
        cls.ev = cls.r["events"]

    def test_no_events_without_trace(self):
        self.assertEqual(run(SRC)["events"], [])

    def test_seq_and_time_are_monotonic(self):
        seqs = [e["seq"] for e in self.ev]
        self.assertEqual(seqs, list(range(1, len(seqs) + 1)))
        ts = [e["t"] for e in self.ev]
        self.assertEqual(ts, sorted(ts))

    def test_task_created(self):
        c = of(self.ev, "task_created", task="Task-2")[0]
        self.assertEqual(c["coro"], "worker(name='a', lock=<asyncio.locks.Lock object [unlocked]>)")
        self.assertEqual(c["parent"], "Task-1")
        self.assertEqual(c["line"], 10)
        self.assertFalse(c["internal"])
        self.assertEqual(of(self.ev, "task_created", task="Task-1")[0]["line"], 16)

    def test_created_then_ready_then_step(self):
        kinds = [e["kind"] for e in self.ev if e.get("task") == "Task-2"]
        self.assertEqual(kinds[:3], ["task_created", "ready", "task_step"])
        self.assertEqual(kinds[-1], "task_done")

    def test_suspensions_are_structured(self):
        s = of(self.ev, "task_suspended", task="Task-2")
        self.assertEqual(s[0]["awaiting"], {"kind": "sleep", "seconds": 1})
        self.assertEqual(s[0]["line"], 5)
        lock_wait = of(self.ev, "task_suspended", task="Task-3")[0]
        self.assertEqual(lock_wait["awaiting"], {"kind": "lock", "type": "Lock", "name": "lock"})
        self.assertEqual(lock_wait["line"], 4)
        main_waits = [e["awaiting"]["kind"] for e in of(self.ev, "task_suspended", task="Task-1")]
        self.assertIn("gather", main_waits)

    def test_block_event_for_time_sleep(self):
        b = of(self.ev, "block")[0]
        self.assertEqual((b["task"], b["duration"], b["line"], b["reason"], b["t"]),
                         ("Task-1", 0.25, 12, "time.sleep", 0.0))

    def test_timers_and_idle(self):
        sched = of(self.ev, "timer_scheduled", purpose="sleep")
        self.assertTrue(sched)
        self.assertEqual(sched[0]["when"], 1.25)
        fired = {e["timer"] for e in of(self.ev, "timer_fired")}
        self.assertIn(sched[0]["timer"], fired)
        idle = of(self.ev, "loop_idle")
        self.assertEqual((idle[0]["from"], idle[0]["to"]), (0.25, 1.25))

    def test_thread_job_events(self):
        sub = of(self.ev, "job_submitted")[0]
        self.assertEqual((sub["mode"], sub["function"], sub["worker"]), ("thread", "sleep", "asyncio_0"))
        job = sub["job"]
        started = of(self.ev, "job_started", job=job)[0]
        slept = of(self.ev, "job_slept", job=job)[0]
        ended = of(self.ev, "job_ended", job=job)[0]
        self.assertEqual((started["t"], slept["duration"], ended["t"], ended["state"]),
                         (2.25, 0.5, 2.75, "ok"))
        waits = [e["awaiting"] for e in self.ev if e["kind"] == "task_suspended"
                 and e["awaiting"]["kind"] == "thread"]
        self.assertEqual(waits[0]["worker"], "asyncio_0")

    def test_output_events(self):
        outs = of(self.ev, "output")
        self.assertEqual([(o["text"], o["task"], o["t"]) for o in outs],
                         [("a done\n", "Task-2", 1.25), ("b done\n", "Task-3", 2.25)])
        self.assertEqual([(o["text"], o["task"]) for o in self.r["output"]],
                         [("a done\n", "Task-2"), ("b done\n", "Task-3")])

    def test_task_done_states(self):
        r = run("""
            import asyncio
            async def bad():
                raise KeyError(1)
            async def main():
                t = asyncio.create_task(asyncio.sleep(5))
                await asyncio.sleep(0)
                t.cancel()
                b = asyncio.create_task(bad())
                await asyncio.gather(t, b, return_exceptions=True)
            asyncio.run(main())
        """, trace=True)
        done = {e["task"]: (e["state"], e["exception"]) for e in of(r["events"], "task_done")}
        self.assertEqual(done["Task-1"], ("ok", None))
        self.assertEqual(done["Task-2"], ("cancelled", None))
        self.assertEqual(done["Task-3"], ("error", "KeyError"))
        cancel = of(r["events"], "cancel_requested", task="Task-2")[0]
        self.assertEqual(cancel["by"], "Task-1")
        self.assertTrue(of(r["events"], "timer_cancelled"))

    def test_ready_queue_is_recoverable(self):
        # Replaying ready/task_step must give FIFO order: the loop runs tasks in
        # exactly the order their `ready` events were recorded.
        r = run("""
            import asyncio
            async def w(i):
                for _ in range(3):
                    await asyncio.sleep(0)
            async def main():
                await asyncio.gather(*(w(i) for i in range(4)))
            asyncio.run(main())
        """, trace=True)
        queue = []
        for e in r["events"]:
            if e["kind"] == "ready":
                queue.append(e["task"])
            elif e["kind"] == "task_step":
                self.assertEqual(queue.pop(0), e["task"])
        self.assertEqual(queue, [])

    def test_timeout_timer_purpose(self):
        r = run("""
            import asyncio
            async def main():
                try:
                    async with asyncio.timeout(1):
                        await asyncio.sleep(5)
                except TimeoutError:
                    pass
            asyncio.run(main())
        """, trace=True)
        self.assertTrue(of(r["events"], "timer_scheduled", purpose="timeout"))
        self.assertTrue(of(r["events"], "cancel_requested", task="Task-1"))


class BackToBackBlocksTest(unittest.TestCase):
    """The recorder's half of the rule in schema.ts (`block`): a block of the same task and
    computing reason that starts where the last event, a block, ends extends it."""

    def blocks(self, *calls):
        rec = Recorder(RunState())
        for call in calls:
            if call == "print":
                rec.output(stream="stdout", text="x\n", task="Task-1", thread=None)
            else:
                start, ns, line, reason = call
                rec.on_block(start, ns, line, reason, task="Task-1")
        return [(e["t"], e["duration"], e["reason"], e.get("lines")) for e in rec.events
                if e["kind"] == "block"]

    def test_a_computation_split_by_clock_reads_is_one_event(self):
        self.assertEqual(self.blocks((0, 200_000_000, 4, "cpu"), (200_000_000, 300_000_000, 5, "cpu")),
                         [(0, 0.5, "cpu", [4, 5])])
        self.assertEqual(self.blocks((0, 10, 4, "gil"), (10, 20, 4, "gil")), [(0, 3e-08, "gil", None)])

    def test_what_the_event_cannot_carry_is_left_to_the_facts(self):
        # A print in between, another reason, or a gap: separate events (facts.ts joins the touching ones).
        self.assertEqual(len(self.blocks((0, 10, 4, "cpu"), "print", (10, 10, 4, "cpu"))), 2)
        self.assertEqual(len(self.blocks((0, 10, 4, "gil"), (10, 10, 4, "cpu"))), 2)
        self.assertEqual(len(self.blocks((0, 10, 4, "cpu"), (11, 10, 4, "cpu"))), 2)
        self.assertEqual(len(self.blocks((0, 10, 4, "time.sleep"), (10, 10, 4, "time.sleep"))), 2)
