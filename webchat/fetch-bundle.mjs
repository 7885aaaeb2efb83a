// Brings Web Chat's prebuilt bundle (dist/webchat.js) from the npm registry into webchat/dist/, where the bot's build
// picks it up (src/BoneCoachBot/BoneCoachBot.csproj, WebChatBundle). The page and the browser test load only that one
// file, so the package's tarball is fetched with `npm pack` (npm's cache, registry and proxy settings) instead of
// installing it with its 430 dependencies, which nothing here runs. The tarball must match the sha512 pinned in
// package.json ("webchat"), as a lockfile entry would.
// Run by `npm ci` (postinstall) and by test.sh; does nothing when the pinned bundle is already there.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const { webchat: pinned } = JSON.parse(readFileSync(join(here, "..", "package.json"), "utf8"));
const dist = join(here, "dist");
const stamp = join(dist, ".integrity");
const files = ["webchat.js", "webchat.js.LICENSE.txt"];

if (existsSync(stamp) && readFileSync(stamp, "utf8") === pinned.integrity && files.every(file => existsSync(join(dist, file)))) {
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "webchat-"));
try {
  const tarball = join(work, npm("pack", `${pinned.package}@${pinned.version}`, "--pack-destination", work, "--prefer-offline", "--silent").trim());
  const integrity = "sha512-" + createHash("sha512").update(readFileSync(tarball)).digest("base64");
  if (integrity !== pinned.integrity) {
    throw new Error(`${pinned.package}@${pinned.version} from the registry is not the pinned one: ${integrity}, expected ${pinned.integrity}`);
  }

  // Only the two files: the tarball also holds a 147 MB stats file.
  execFileSync("tar", ["-xzf", tarball, "-C", work, ...files.map(file => `package/dist/${file}`)], { stdio: "inherit" });
  mkdirSync(dist, { recursive: true });
  files.forEach(file => copyFileSync(join(work, "package", "dist", file), join(dist, file)));
  writeFileSync(stamp, pinned.integrity);
  console.log(`webchat/dist: ${pinned.package}@${pinned.version} (${files.join(", ")})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// npm itself: the one running this script when run by npm (npm_execpath), else the one on the PATH.
function npm(...args) {
  const options = { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] };
  if (process.env.npm_execpath?.endsWith(".js")) {
    return execFileSync(process.execPath, [process.env.npm_execpath, ...args], options);
  }

  return execFileSync("npm", args, { ...options, shell: process.platform === "win32" });
}
