// A small static server for dist/: serves files under an optional sub-path, with gzip when
// the client accepts it, and the headers from dist/_headers when that file exists.
// Usage: node tests/e2e/serve.mjs [--dir dist] [--port 8080] [--base /]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** Parses Netlify/Cloudflare-style _headers: a path pattern line, then indented headers. */
export function parseHeaders(text) {
  const rules = [];
  let current = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
    } else if (current) {
      const i = line.indexOf(":");
      if (i > 0) current.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, p) {
  const re = new RegExp("^" + pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");
  return re.test(p);
}

export function startServer({ dir = "dist", port = 8080, base = "/", host = "127.0.0.1" } = {}) {
  const root = path.resolve(dir);
  const headersFile = path.join(root, "_headers");
  const rules = fs.existsSync(headersFile) ? parseHeaders(fs.readFileSync(headersFile, "utf8")) : [];
  const prefix = base.endsWith("/") ? base : base + "/";
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, `http://${host}`);
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    rel = "/" + rel.slice(prefix.length);
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    const headers = { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" };
    for (const rule of rules) if (matches(rule.pattern, rel)) for (const [k, v] of rule.headers) headers[k] = v;
    let body = fs.readFileSync(file);
    if (/\bgzip\b/.test(req.headers["accept-encoding"] || "") && body.length > 1024) {
      body = zlib.gzipSync(body);
      headers["Content-Encoding"] = "gzip";
      headers["Vary"] = "Accept-Encoding";
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
  );
  const port = Number(args.port || 8080);
  await startServer({ dir: args.dir || "dist", port, base: args.base || "/" });
  console.log(`serving ${args.dir || "dist"} on http://127.0.0.1:${port}${args.base || "/"}`);
}
