"""The M/M/3 queue of OrderCycle's validation (scenarios/validation/mmc-sales.yaml) in SimPy:
arrivals 2.4 an hour, 3 servers, exponential service of mean 1 hour (rho 0.8), run until
CUSTOMERS customers have been served. Prints "customers cpu_seconds mean_wait_hours".
Exits 3 when simpy cannot be imported."""
import random
import sys
import time

try:
    import simpy
except ImportError:
    print("simpy is not installed for " + sys.executable, file=sys.stderr)
    sys.exit(3)

ARRIVAL_RATE = 2.4
SERVICE_RATE = 1.0
SERVERS = 3


def main(customers, seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    staff = simpy.Resource(env, capacity=SERVERS)
    done = [0, 0.0]
    finished = env.event()

    def customer():
        arrived = env.now
        with staff.request() as request:
            yield request
            done[1] += env.now - arrived
            yield env.timeout(rng.expovariate(SERVICE_RATE))
        done[0] += 1
        if done[0] == customers:
            finished.succeed()

    def source():
        while True:
            yield env.timeout(rng.expovariate(ARRIVAL_RATE))
            env.process(customer())

    env.process(source())
    start = time.process_time()
    env.run(until=finished)
    seconds = time.process_time() - start
    print(customers, seconds, done[1] / customers)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1)
