/**
 * Every measured side of `npm run bench` runs in a process of its own (the engine too), so no
 * side's JIT state, heap or WebAssembly memory sits in another's: the bench process only
 * starts them, sends requests and collects answers. The protocol is one JSON line per request
 * on stdin and one per answer on stdout; a runner first prints one line about itself
 * ({"version"}). A warm side keeps its process for the whole run; a cold side starts a fresh
 * process for every sample (the interval is still timed inside it, so process start-up and
 * module loading are outside every number).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';

export interface Sample {
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds the runner's process spent in the interval. */
  cpu: number;
  stdout: string[];
  /** Events the engine recorded (engine sides with recording on). */
  events?: number;
  /** Engine sides: the part of the interval that set the run up (parse, realm, model), wall and CPU ms. */
  setup?: { ms: number; cpu: number };
}

export interface Command {
  cmd: string;
  args: string[];
}

export class JsonLineChild {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly waiting: ((line: string | undefined) => void)[] = [];
  private readonly queued: string[] = [];
  private stderr = '';
  private exited = false;
  readonly hello: Promise<Record<string, unknown>>;

  constructor(command: Command) {
    this.proc = spawn(command.cmd, command.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
    });
    this.lines = createInterface({ input: this.proc.stdout });
    this.lines.on('line', (line) => {
      const w = this.waiting.shift();
      if (w) w(line);
      else this.queued.push(line);
    });
    this.proc.on('exit', () => {
      this.exited = true;
      for (const w of this.waiting.splice(0)) w(undefined);
    });
    this.hello = this.next().then((line) => JSON.parse(line) as Record<string, unknown>);
  }

  private next(): Promise<string> {
    const line = this.queued.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.exited) return Promise.reject(new Error(`runner exited: ${this.stderr}`));
    return new Promise((resolve, reject) => {
      this.waiting.push((l) => (l === undefined ? reject(new Error(`runner exited: ${this.stderr}`)) : resolve(l)));
    });
  }

  async request(body: object): Promise<Sample> {
    await this.hello;
    this.proc.stdin.write(JSON.stringify(body) + '\n');
    const answer = JSON.parse(await this.next()) as Sample & { error?: string };
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer;
  }

  close(): void {
    this.proc.stdin.end();
    this.lines.close();
  }
}

/** One side: a runner process (kept, or fresh per sample) and how a program becomes a request. */
export class ChildSide<P> {
  private warmChild: JsonLineChild | undefined;

  constructor(
    readonly id: string,
    private readonly command: Command,
    readonly warm: boolean,
    private readonly requestFor: (program: P) => object,
  ) {}

  async version(): Promise<string> {
    const child = this.warmChild ?? new JsonLineChild(this.command);
    const hello = await child.hello;
    if (this.warm) this.warmChild = child;
    else child.close();
    return String(hello.version ?? '?');
  }

  async run(program: P): Promise<Sample> {
    if (this.warm) {
      this.warmChild ??= new JsonLineChild(this.command);
      return this.warmChild.request(this.requestFor(program));
    }
    const child = new JsonLineChild(this.command);
    try {
      return await child.request(this.requestFor(program));
    } finally {
      child.close();
    }
  }

  close(): void {
    this.warmChild?.close();
    this.warmChild = undefined;
  }
}
