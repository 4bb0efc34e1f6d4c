// Sends each HL7 message of a file to an MLLP listener with @medplum/hl7's Hl7Client, waiting
// for each ACK, and prints "MSA-1<TAB>MSA-2" per message. Used by tst_hl7listen as an
// independent sender.
//   node hl7_client.mjs HOST PORT FILE [--application]
// --application: resolve on the application ACK (enhanced mode) instead of the first ACK.
import { Hl7Message } from '@medplum/core';
import { Hl7Client, ReturnAckCategory } from '@medplum/hl7';
import { readFileSync } from 'node:fs';

const [host, port, file, flag] = process.argv.slice(2);
const text = readFileSync(file, 'latin1').replace(/\r\n|\n/g, '\r');
const messages = text
  .split(/\r(?=MSH)/)
  .map((m) => m.replace(/\r+$/, ''))
  .filter((m) => m.startsWith('MSH'));

const client = new Hl7Client({ host, port: Number(port), connectTimeout: 10000 });
try {
  for (const m of messages) {
    const ack = await client.sendAndWait(Hl7Message.parse(m), {
      timeoutMs: 10000,
      returnAck: flag === '--application' ? ReturnAckCategory.APPLICATION : ReturnAckCategory.FIRST,
    });
    const msa = ack.getSegment('MSA');
    console.log(`${msa?.getField(1)?.toString() ?? ''}\t${msa?.getField(2)?.toString() ?? ''}`);
  }
} catch (e) {
  console.error(`hl7_client: ${e?.message ?? e}`);
  process.exitCode = 1;
} finally {
  await client.close();
}
