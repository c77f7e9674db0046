// Preloaded into the language server by the no-execution test: every way to start a process or open a network
// connection is replaced by a function that reports the call on stderr (and fails), so the test can see any use.
'use strict';
const report = (what) => {
  process.stderr.write(`DH-FORBIDDEN ${what}\n`);
  throw new Error(`forbidden: ${what}`);
};
const cp = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) cp[name] = () => report(`child_process.${name}`);
const net = require('node:net');
for (const name of ['connect', 'createConnection', 'createServer']) net[name] = () => report(`net.${name}`);
net.Socket.prototype.connect = () => report('net.Socket.connect');
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  for (const name of ['request', 'get', 'createServer']) m[name] = () => report(`${mod}.${name}`);
}
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns[name] = () => report(`dns.${name}`);
const dgram = require('node:dgram');
dgram.createSocket = () => report('dgram.createSocket');
globalThis.fetch = () => report('fetch');
process.stderr.write('DH-PRELOAD-ACTIVE\n');
