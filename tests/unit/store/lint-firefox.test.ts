// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { knownThirdParty, type LintMessage } from '../../tools/lint-firefox';

/*
 * The Firefox lint step accepts a warning only when the flagged code is one of
 * the third-party patterns store/README.md explains. These cases hold it to
 * that: the known shapes pass, the same warning codes on other code do not.
 */

/** A one-line "built file" with `code` after some preamble, and the message pointing at `code`. */
function flagged(code: string, preamble: string, flaggedText: string, message = 'flagged'): [LintMessage, string] {
  const source = `var a=1;\n${preamble}${code}`;
  const column = preamble.length + code.indexOf(flaggedText) + 1;
  return [{ code: flaggedText.startsWith('Function') ? 'DANGEROUS_EVAL' : 'UNSAFE_VAR_ASSIGNMENT', message, file: 'x.js', line: 2, column }, source];
}

describe('web-ext lint: known third-party warnings', () => {
  it("accepts zod's eval probe behind its jitless check", () => {
    const [message, source] = flagged('var p=o(()=>{if(M.jitless||typeof navigator<`u`)return!1;try{return Function(``),!0}catch{return!1}});', 'let q=2;', 'Function(``)');
    expect(knownThirdParty(message, source)?.code).toBe('DANGEROUS_EVAL');
  });

  it("accepts Preact's dangerouslySetInnerHTML assignment", () => {
    const [message, source] = flagged('d?(s||(e.innerHTML=d.__html),t.__k=[]):0', '', 'e.innerHTML=d.__html');
    expect(knownThirdParty(message, source)?.code).toBe('UNSAFE_VAR_ASSIGNMENT');
  });

  it('refuses a Function call that is not behind a jitless check', () => {
    const [message, source] = flagged('function run(s){return Function(s)()}', '', 'Function(s)');
    expect(knownThirdParty(message, source)).toBeNull();
  });

  it('refuses an innerHTML assignment of anything else', () => {
    const [message, source] = flagged('n.innerHTML=t.textContent', '', 'n.innerHTML=t.textContent');
    expect(knownThirdParty(message, source)).toBeNull();
  });

  it('refuses the dynamic import our guard used to have (a renamed browser binding)', () => {
    const [message, source] = flagged('r(t.runtime.getURL(`/guard-engine.js`));function r(u){return import(u)}', '', 'import(u)', 'Unsafe call to import for argument 0');
    expect(knownThirdParty(message, source)).toBeNull();
  });

  it('refuses a known pattern reported under another code', () => {
    const [message, source] = flagged('if(M.jitless)return!1;try{return Function(``),!0}catch{return!1}', '', 'Function(``)');
    expect(knownThirdParty({ ...message, code: 'UNSAFE_VAR_ASSIGNMENT' }, source)).toBeNull();
  });
});
