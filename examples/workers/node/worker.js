#!/usr/bin/env node
// A Docket worker in Node.js, no packages. Fetches jobs from a Docket server over HTTP (long
// poll), runs them, renews their leases while they run, and reports each outcome fenced by its
// attempt. See ../README.md.
'use strict';

const os = require('node:os');

const LEASE_MS = 30000;

function options(argv) {
  const o = {
    url: 'http://127.0.0.1:7070', token: process.env.DOCKET_TOKEN, queues: [],
    name: `node-${os.hostname()}-${process.pid}`, maxJobs: 0, idleExit: 0,
  };
  for (let i = 2; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--url': o.url = value; i++; break;
      case '--token': o.token = value; i++; break;
      case '--queue': o.queues.push(value); i++; break;
      case '--name': o.name = value; i++; break;
      case '--max-jobs': o.maxJobs = Number(value); i++; break;
      case '--idle-exit': o.idleExit = Number(value); i++; break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
  }
  if (o.queues.length === 0) o.queues.push('default');
  return o;
}

class Stopped extends Error {}

class JobFailed extends Error {
  constructor(message, retry) { super(message); this.retry = retry; }
}

const handlers = {
  'example.wordcount': async (args, ctx) => {
    const text = args.text || '';
    await ctx.progress({ counted: true });
    return { words: text.split(/\s+/).filter(Boolean).length, worker: 'node' };
  },
  'example.fail': async (args) => {
    throw new JobFailed(args.message || 'failed', args.retry !== false);
  },
};

function api(base, token) {
  return async (path, body) => {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(`${base.replace(/\/$/, '')}/api/v1${path}`,
      { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}

async function run(post, job) {
  const attempt = job.lease.attempt;
  const heartbeat = async (progress) => {
    const body = { attempt, leaseMs: LEASE_MS };
    if (progress !== undefined) body.progress = progress;
    const answer = await post(`/jobs/${job.id}/heartbeat`, body);
    if (answer.status === 409) throw new Stopped(answer.body.message);
  };
  const ctx = { job, attempt, heartbeat, progress: heartbeat };
  const timer = setInterval(() => heartbeat().catch(() => {}), LEASE_MS / 3);
  try {
    const result = await handlers[job.type](job.args, ctx);
    const answer = await post(`/jobs/${job.id}/complete`, { attempt, result });
    return answer.status === 200 ? 'completed' : 'stale';
  } catch (error) {
    if (error instanceof Stopped) return 'stopped';
    const retry = error instanceof JobFailed ? error.retry : true;
    await post(`/jobs/${job.id}/fail`, { attempt, error: String(error.message), stack: String(error.stack || ''), retry });
    return 'failed';
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const o = options(process.argv);
  const post = api(o.url, o.token);
  let handled = 0;
  let idleSince = Date.now();
  for (;;) {
    const answer = await post('/fetch', {
      queues: o.queues, types: Object.keys(handlers).sort(), max: 4, leaseMs: LEASE_MS, waitMs: 1000, worker: o.name,
    });
    if (answer.status !== 200) {
      console.error(`fetch failed: ${answer.status} ${JSON.stringify(answer.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    for (const job of answer.body.jobs) {
      const outcome = await run(post, job);
      console.log(`${job.type} ${job.id} attempt ${job.lease.attempt}: ${outcome}`);
      handled++;
      idleSince = Date.now();
    }
    if (o.maxJobs && handled >= o.maxJobs) return;
    if (o.idleExit && Date.now() - idleSince > o.idleExit * 1000) return;
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
