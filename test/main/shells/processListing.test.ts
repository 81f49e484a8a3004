import { describe, expect, it } from 'vitest';
import { pidsWithArgument, windowsArguments } from '../../../main/shells/browser/processListing';

// What the next start reads where there is no /proc, to find a killed shell's window and helpers.
describe('finding the browser processes of a profile in the system process list', () => {
  it('on Windows: the argument quoted whole or only its value, under a Vietnamese user name', () => {
    const profile = 'C:\\Users\\Nguyễn Văn An\\AppData\\Roaming\\Kiểm phiếu\\browser-profiles\\a1b2c3';
    const argument = `--user-data-dir=${profile}`;
    const listing = [
      '4 ',
      '612 C:\\Windows\\System32\\svchost.exe -k netsvcs',
      // The shell's spawn quotes the whole argument: it holds spaces.
      `7200 "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" "--user-data-dir=${profile}" --app=http://127.0.0.1:50123/?ticket=x`,
      // Chrome's helpers quote only the value.
      `7204 "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --type=renderer --user-data-dir="${profile}" --lang=vi`,
      // Another window of an older profile whose name starts the same.
      `7300 "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" "--user-data-dir=${profile}-old"`,
      // A program that merely names a file inside the profile.
      `7400 notepad.exe "${profile}\\kiem-phieu-shell.json"`,
      // This shell itself.
      `7500 node.exe browser.mjs "${argument}"`,
    ].join('\r\n');
    expect(pidsWithArgument(listing, argument, 7500, 'win32')).toEqual([7200, 7204]);
  });

  it('on macOS: `ps` joins the arguments with spaces, and the path may hold spaces too', () => {
    const profile = '/Users/an/Library/Application Support/kiem-phieu/browser-profiles/a1b2c3';
    const argument = `--user-data-dir=${profile}`;
    const listing = [
      '  PID ARGS',
      `  501 /Applications/Google Chrome.app/Contents/MacOS/Google Chrome ${argument} --app=http://127.0.0.1:50123/`,
      `  502 /Applications/Google Chrome.app/Contents/Frameworks/Google Chrome Helper --type=gpu-process ${argument}`,
      `  503 /Applications/Google Chrome.app/Contents/MacOS/Google Chrome ${argument}-old`,
      `  504 /usr/bin/less ${profile}/kiem-phieu-shell.json`,
      `  505 node browser.mjs ${argument}`,
    ].join('\n');
    expect(pidsWithArgument(listing, argument, 505, 'darwin')).toEqual([501, 502]);
  });

  it('splits a Windows command line as the C runtime does', () => {
    expect(windowsArguments('a.exe  "b c"\td')).toEqual(['a.exe', 'b c', 'd']);
    expect(windowsArguments('a.exe --x="C:\\a b\\" y')).toEqual(['a.exe', '--x=C:\\a b" y']);
    expect(windowsArguments('a.exe --x="C:\\a b\\\\" y')).toEqual(['a.exe', '--x=C:\\a b\\', 'y']);
    expect(windowsArguments('a.exe C:\\dir\\file ""')).toEqual(['a.exe', 'C:\\dir\\file', '']);
  });
});
