/**
 * A throwaway single-node Slurm cluster (Debian's slurm-wlm and munge), for `npm run
 * scale:slurm`: a munge key, munged, slurmctld and slurmd with a slurm.conf, all in one
 * temporary folder, on free ports of 127.0.0.1. Runs as root (slurmd starts the jobs' steps
 * as their user). Every daemon is started here in the foreground and stopped by its PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, closeSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, hostname, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const DAEMONS = { munged: '/usr/sbin/munged', slurmctld: '/usr/sbin/slurmctld', slurmd: '/usr/sbin/slurmd' } as const;

export interface Cluster {
  /** The environment for sbatch, squeue, scontrol (SLURM_CONF). */
  env: NodeJS.ProcessEnv;
  /** The daemons' logs, for a report when something fails. */
  logs: () => string;
  stop: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the system picks it; closed again before the daemon binds it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

async function waitFor(what: string, test: () => boolean, timeoutMs: number, child?: ChildProcess): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(100)) {
    if (test()) return;
    if (child && child.exitCode !== null) throw new Error(`${what}: the daemon exited with ${child.exitCode}`);
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
}

function slurmConf(dir: string, host: string, ports: [number, number]): string {
  // Memory in MiB as slurmd counts it (MemTotal); a node configured with more than it has is drained.
  const memory = Math.floor(totalmem() / 2 ** 20) - 1;
  return `# A throwaway single-node cluster for npm run scale:slurm (scale/slurm/cluster.ts).
ClusterName=figures
SlurmctldHost=${host}(127.0.0.1)
SlurmctldPort=${ports[0]}
SlurmdPort=${ports[1]}
AuthType=auth/munge
AuthInfo=socket=${dir}/run/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=${dir}/state
SlurmdSpoolDir=${dir}/spool
SlurmctldPidFile=${dir}/run/slurmctld.pid
SlurmdPidFile=${dir}/run/slurmd.pid
SlurmctldLogFile=${dir}/log/slurmctld.log
SlurmdLogFile=${dir}/log/slurmd.log
PlugStackConfig=${dir}/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1
MpiDefault=none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MinJobAge=600
NodeName=${host} NodeAddr=127.0.0.1 CPUs=${availableParallelism()} RealMemory=${memory} State=UNKNOWN
PartitionName=debug Nodes=${host} Default=YES MaxTime=INFINITE State=UP
`;
}

export async function startCluster(dir: string): Promise<Cluster> {
  for (const [name, path] of Object.entries(DAEMONS))
    if (!existsSync(path))
      throw new Error(`${path} not found: install ${name === 'munged' ? 'munge' : 'slurm-wlm'} (apt-get install slurm-wlm)`);
  for (const sub of ['munge', 'run', 'state', 'spool', 'log']) mkdirSync(join(dir, sub), { recursive: true });
  // munged refuses a key that others can read, in a folder that others can write.
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'munge'), 0o700);
  writeFileSync(join(dir, 'munge', 'munge.key'), randomBytes(1024), { mode: 0o400 });
  writeFileSync(join(dir, 'plugstack.conf'), '');
  const host = hostname().split('.')[0]!;
  const conf = join(dir, 'slurm.conf');
  writeFileSync(conf, slurmConf(dir, host, [await freePort(), await freePort()]));
  const env = { ...process.env, SLURM_CONF: conf };

  const started: ChildProcess[] = [];
  const logFiles: string[] = [];
  const run = (name: keyof typeof DAEMONS, args: string[]): ChildProcess => {
    const log = join(dir, 'log', `${name}.out`);
    logFiles.push(log);
    const fd = openSync(log, 'a');
    const child = spawn(DAEMONS[name], args, { env, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    started.push(child);
    return child;
  };
  const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null && c.pid !== undefined;
  const signal = (c: ChildProcess, sig: NodeJS.Signals) => {
    try {
      if (alive(c)) process.kill(c.pid!, sig);
    } catch {
      // It ended between the check and the signal.
    }
  };
  const stopAll = async (): Promise<void> => {
    // A run that failed may leave tasks running: cancel them while slurmd can still end their steps.
    if (started.length > 0 && started.every(alive)) {
      const queued = () => spawnSync('squeue', ['-h', '-o', '%A'], { env, encoding: 'utf8' }).stdout?.trim() ?? '';
      const jobs = queued().split('\n').filter(Boolean);
      if (jobs.length > 0) {
        spawnSync('scancel', jobs, { env });
        await waitFor('scancel', () => queued() === '', 15_000).catch(() => undefined);
      }
    }
    // slurmd first, munged last: each stops cleanly while the ones it talks to still run.
    for (const child of [...started].reverse()) {
      if (!alive(child)) continue;
      const exited = new Promise((ok) => child.once('exit', ok));
      signal(child, 'SIGTERM');
      const timer = setTimeout(() => signal(child, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  // Once, however many times it is called (a failure and an interrupt may both stop the cluster).
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopAll());
  const logs = () =>
    logFiles.map((f) => `--- ${f}\n${existsSync(f) ? readFileSync(f, 'utf8').split('\n').slice(-30).join('\n') : ''}`).join('\n');

  try {
    const socket = join(dir, 'run', 'munge.socket');
    const munged = run('munged', [
      '--foreground',
      '--force',
      `--key-file=${dir}/munge/munge.key`,
      `--socket=${socket}`,
      `--pid-file=${dir}/run/munged.pid`,
      `--seed-file=${dir}/run/munged.seed`,
      `--log-file=${dir}/log/munged.log`,
    ]);
    await waitFor('munged', () => existsSync(socket), 10_000, munged);
    const ctld = run('slurmctld', ['-D', '-i', '-f', conf]);
    await waitFor(
      'slurmctld',
      () => spawnSync('scontrol', ['ping'], { env, encoding: 'utf8' }).stdout?.includes('is UP') ?? false,
      30_000,
      ctld,
    );
    const slurmd = run('slurmd', ['-D', '-f', conf]);
    const idle = () => spawnSync('sinfo', ['-h', '-N', '-o', '%T'], { env, encoding: 'utf8' }).stdout?.trim() === 'idle';
    await waitFor('slurmd', idle, 30_000, slurmd);
  } catch (e) {
    await stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${logs()}`, { cause: e });
  }
  return { env, logs, stop };
}
