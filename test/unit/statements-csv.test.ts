import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvText, decimalAmount } from '../../src/modules/statements/statements.export.ts';

describe('csvText', () => {
  test('plain text stays as it is', () => {
    assert.equal(csvText('Yoga för alla'), 'Yoga för alla');
    assert.equal(csvText(''), '');
    assert.equal(csvText(null), '');
  });

  test('commas, quotes and line breaks are quoted, quotes doubled (RFC 4180)', () => {
    assert.equal(csvText('a,b'), '"a,b"');
    assert.equal(csvText('say "hi"'), '"say ""hi"""');
    assert.equal(csvText('one\ntwo'), '"one\ntwo"');
    assert.equal(csvText('one\r\ntwo'), '"one\r\ntwo"');
  });

  test('every character a spreadsheet reads as the start of a formula is neutralised', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvText(`${start}SUM(A1:A2)`);
      assert.ok(cell.replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(cell));
    }
    assert.equal(csvText('=1+1'), "'=1+1");
    assert.equal(csvText('=HYPERLINK("x","y")'), `"'=HYPERLINK(""x"",""y"")"`);
    assert.equal(csvText('a=b'), 'a=b', 'only a leading one counts');
  });
});

describe('decimalAmount', () => {
  test("minor units as a decimal in the currency's unit, with a point and the sign", () => {
    assert.equal(decimalAmount(15050, 'SEK'), '150.50');
    assert.equal(decimalAmount(-5, 'EUR'), '-0.05');
    assert.equal(decimalAmount(0, 'SEK'), '0.00');
    assert.equal(decimalAmount('123456789012', 'USD'), '1234567890.12');
    assert.equal(decimalAmount(500, 'JPY'), '500', 'a currency without minor units');
    assert.equal(decimalAmount(1234, 'KWD'), '1.234', 'three decimals');
    assert.equal(decimalAmount(null, 'SEK'), '');
  });
});
