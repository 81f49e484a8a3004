import { describe, expect, it } from 'vitest';
import { appWindow, pdfPrinter, readNetworkTrace, shellProcess, summarise } from './networkTrace';

// Lines as `strace -f -qq -s 120` writes them (shortened where the reader does not look).
const start = [
  '100 execve("/usr/bin/node", ["/usr/bin/node", "dist/main/browser.mjs"], 0x7ffc /* 30 vars */) = 0',
  '100 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f) = 200',
  '200 execve("/usr/lib/chromium/chromium", ["/usr/lib/chromium/chromium", "--app=http://127.0.0.1:4000/?ticket=x"], 0x55 /* 40 vars */) = 0',
  '200 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>',
  '200 <... clone resumed>, child_tidptr=0x7f) = 210',
  '210 execve("/usr/lib/chromium/chromium", ["/usr/lib/chromium/chromium", "--type=utility", "--utility-sub-type=network.mojom.NetworkService"], 0x55 /* 40 vars */) = 0',
  '210 clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM, child_tid=0x7f, exit_signal=0, stack=0x7f, stack_size=0x7fff00, tls=0x7f} => {parent_tid=[211]}, 88) = 211',
  '100 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f) = 300',
  '300 execve("/usr/lib/chromium/chromium", ["/usr/lib/chromium/chromium", "--disable-gpu", "--remote-debugging-pipe"], 0x55 /* 40 vars */) = 0',
];
const routeCheck = [
  '211 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 24',
  '211 connect(24, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = 0',
];
const toShell = [
  '211 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 25',
  '211 connect(25, {sa_family=AF_INET, sin_port=htons(4000), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
];

const newThread =
  '{flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM, child_tid=0x7f, exit_signal=0, stack=0x7f, stack_size=0x7fff00, tls=0x7f}';
const routeCheckConnect = (pid: number, fd: number) =>
  `${pid} connect(${fd}, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = 0`;

/** The trace holds `count` route checks from the app window, and nothing that leaves the machine. */
function expectOnlyRouteChecks(lines: readonly string[], count: number) {
  const trace = readNetworkTrace(lines.join('\n'));
  expect(summarise(trace.routeChecks)).toEqual([
    `${count} × connect (datagram) [2001:4860:4860::8888]:443 from ${appWindow}`,
  ]);
  expect(trace.leaks).toEqual([]);
  expect(trace.dnsQueries).toEqual([]);
}

describe('reading what strace saw', () => {
  it('names each process by its program, threads and Chromium helpers by the browser that started them', () => {
    const trace = readNetworkTrace([...start, ...routeCheck, ...toShell].join('\n'));
    expect([...trace.programs].sort()).toEqual([pdfPrinter, appWindow, shellProcess].sort());
    expect(trace.loopbackConnectsTo(4000, appWindow)).toBe(1);
    expect(trace.loopbackConnectsTo(4000, pdfPrinter)).toBe(0);
  });

  it('tells an IPv6 route check that sends nothing from traffic', () => {
    const quiet = readNetworkTrace([...start, ...routeCheck, ...toShell].join('\n'));
    expect(quiet.nonLoopbackConnects).toHaveLength(1);
    expect(summarise(quiet.routeChecks)).toEqual([
      `1 × connect (datagram) [2001:4860:4860::8888]:443 from ${appWindow}`,
    ]);
    expect(quiet.leaks).toEqual([]);
    expect(quiet.dnsQueries).toEqual([]);

    // The same socket used to send after all: a leak, and a query to a public resolver.
    const sent = readNetworkTrace(
      [...start, ...routeCheck, '211 sendto(24, "\\x12\\x34"..., 40, 0, NULL, 0) = 40'].join('\n'),
    );
    expect(sent.routeChecks).toEqual([]);
    expect(summarise(sent.leaks).sort()).toEqual([
      `1 × connect (datagram) [2001:4860:4860::8888]:443 from ${appWindow}`,
      `1 × sendto (datagram) [2001:4860:4860::8888]:443 from ${appWindow}`,
    ]);
    expect(sent.dnsQueries).toHaveLength(2);

    // Closed, its number reused for one of Chromium's IPC sockets (passed in, never made by socket()):
    // what is sent there goes to the IPC peer, not to the route check's address.
    const reused = [
      '211 close(24) = 0',
      '211 sendto(24, "\\20\\0\\0\\0@\\0\\0\\0"..., 64, MSG_NOSIGNAL, NULL, 0) = 64',
    ];
    for (const closing of [
      reused,
      ['211 dup2(30, 24) = 24', reused[1]!],
      ['211 close_range(20, 4294967295, 0) = 0', reused[1]!],
    ]) {
      const afterClose = readNetworkTrace([...start, ...routeCheck, ...closing].join('\n'));
      expect(summarise(afterClose.routeChecks), closing[0]).toHaveLength(1);
      expect(afterClose.leaks, closing[0]).toEqual([]);
      expect(afterClose.dnsQueries, closing[0]).toEqual([]);
    }
    // Sent before the close: still a leak.
    const sentThenClosed = readNetworkTrace(
      [...start, ...routeCheck, '211 sendto(24, "\\x12"..., 40, 0, NULL, 0) = 40', '211 close(24) = 0'].join('\n'),
    );
    expect(sentThenClosed.routeChecks).toEqual([]);
    expect(sentThenClosed.leaks).toHaveLength(2);

    // A TCP connection to that address (DNS over HTTPS) is no route check.
    const tcp = readNetworkTrace(
      [...start, '211 socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_TCP) = 24', routeCheck[1]!].join(
        '\n',
      ),
    );
    expect(tcp.routeChecks).toEqual([]);
    expect(tcp.leaks).toHaveLength(1);
    expect(tcp.dnsQueries).toHaveLength(1);
  });

  it("counts a thread's socket as its process's even when the thread ran before its clone() returned", () => {
    // strace -f often writes a new thread's first calls before its parent's clone3 returns; the
    // socket made then and the connect() made after are on the same descriptor of one process.
    const early = [
      `210 clone3(${newThread} <unfinished ...>`,
      '212 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 26',
      '210 <... clone3 resumed> => {parent_tid=[212]}, 88) = 212',
      routeCheckConnect(212, 26),
      routeCheckConnect(211, 26),
    ];
    expectOnlyRouteChecks([...start, ...early], 2);
  });

  it('frees a descriptor when its close() begins, not when strace writes that it returned', () => {
    // Seen on a loaded machine: one thread's close(24) is still being written when another thread
    // of the process gets 24 from socket() and connects it; the close's end is written after.
    const racing = [
      `210 clone3(${newThread} => {parent_tid=[213]}, 88) = 213`,
      '213 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 24',
      '213 close(24 <unfinished ...>',
      '211 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP <unfinished ...>',
      '211 <... socket resumed>)             = 24',
      '213 <... close resumed>)              = 0',
      routeCheckConnect(211, 24),
      '211 close(24) = 0',
    ];
    expectOnlyRouteChecks([...start, ...racing], 1);
  });

  it('finds DNS queries: to port 53, through systemd-resolved, by datagram to an address', () => {
    const trace = readNetworkTrace(
      [
        ...start,
        '300 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 30',
        '300 connect(30, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16 <unfinished ...>',
        '300 <... connect resumed>)              = 0',
        '100 connect(19, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)',
        '100 connect(20, {sa_family=AF_UNIX, sun_path="/run/systemd/resolve/io.systemd.Resolve"}, 41) = 0',
        '100 sendmsg(21, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("192.168.1.1")}, msg_namelen=16, msg_iov=[{iov_base="..."..., iov_len=40}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 40',
      ].join('\n'),
    );
    expect(summarise(trace.dnsQueries).sort()).toEqual(
      [
        `1 × connect (datagram) [10.255.255.53]:53 from ${pdfPrinter}`,
        `1 × connect (unknown) /run/systemd/resolve/io.systemd.Resolve from ${shellProcess}`,
        `1 × sendmsg (unknown) [192.168.1.1]:53 from ${shellProcess}`,
      ].sort(),
    );
    expect(trace.leaks).toHaveLength(2);
  });
});
