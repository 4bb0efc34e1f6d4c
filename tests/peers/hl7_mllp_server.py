#!/usr/bin/env python3
"""An MLLP receiver built on python3-hl7's asyncio server, for Ambulo's outbound tests.

    hl7_mllp_server.py --record FILE [--default CODE] [--rule MARKER=CODE[,CODE...]]...
                       [--tls-cert PEM --tls-key PEM [--tls-client-ca PEM]]

Listens on 127.0.0.1, port 0, and prints "listening <n>" once it does
(the convention of every test peer, see tests/support/peerprocess.h). Every message received is
appended to FILE as one JSON line: its number, the answer given, the raw text and what
python3-hl7 reads at a few places. The answer is --default (AA) unless a rule applies: a message
whose text contains MARKER gets the rule's first CODE the first time such a message arrives, the
second CODE the second time, and so on; the last CODE repeats.

CODE is an acknowledgement code (AA AE AR CA CE CR), or
  NONE      no answer (the connection stays open; the sender times out),
  CLOSE     close the connection without an answer,
  MISMATCH  first an AA for another control id, then the real AA,
  AA+CLOSE  AA, then close the connection (as a peer with an idle timeout does).
With --tls-cert the server speaks TLS; with --tls-client-ca it also demands a client
certificate signed by that CA. Runs until SIGTERM or SIGINT.
"""
import argparse
import asyncio
import json
import signal
import ssl
import sys

import hl7
import hl7.mllp


def fields(message):
    def get(path):
        try:
            return str(message[path])
        except Exception:  # absent segment or field
            return None

    return {
        "MSH-3": get("MSH.F3"),
        "MSH-4": get("MSH.F4"),
        "MSH-5": get("MSH.F5"),
        "MSH-6": get("MSH.F6"),
        "MSH-7": get("MSH.F7"),
        "MSH-9-1": get("MSH.F9.R1.C1"),
        "MSH-9-2": get("MSH.F9.R1.C2"),
        "MSH-10": get("MSH.F10"),
        "MSH-11": get("MSH.F11"),
        "MSH-12": get("MSH.F12"),
        "PID-3-1": get("PID.F3.R1.C1"),
        "PID-5-1": get("PID.F5.R1.C1"),
        "PID-5-2": get("PID.F5.R1.C2"),
        "segments": [str(segment[0]) for segment in message],
    }


class Peer:
    def __init__(self, args):
        self.record = args.record
        self.default = args.default
        self.rules = []
        for rule in args.rule:
            marker, _, codes = rule.partition("=")
            self.rules.append((marker, codes.split(",")))
        self.seen = {}
        self.count = 0

    def answer_for(self, text):
        for marker, codes in self.rules:
            if marker in text:
                n = self.seen.get(marker, 0)
                self.seen[marker] = n + 1
                return codes[min(n, len(codes) - 1)]
        return self.default

    def log(self, entry):
        with open(self.record, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")
            f.flush()

    async def serve(self, reader, writer):
        try:
            while not writer.is_closing():
                message = await reader.readmessage()
                self.count += 1
                text = str(message)
                code = self.answer_for(text)
                self.log({"n": self.count, "answer": code, "raw": text,
                          "fields": fields(message)})
                if code == "NONE":
                    continue
                if code == "CLOSE":
                    writer.close()
                    break
                if code == "MISMATCH":
                    stray = message.create_ack("AA")
                    stray.segment("MSA")[2] = "NOT-" + str(message["MSH.F10"])
                    writer.writemessage(stray)
                    code = "AA"
                close_after = code.endswith("+CLOSE")
                code = code.replace("+CLOSE", "")
                writer.writemessage(message.create_ack(code))
                await writer.drain()
                if close_after:
                    writer.close()
                    break
        except asyncio.IncompleteReadError:
            pass
        except ConnectionError:
            pass
        finally:
            if not writer.is_closing():
                writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--record", required=True)
    parser.add_argument("--default", default="AA")
    parser.add_argument("--rule", action="append", default=[])
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--tls-client-ca")
    args = parser.parse_args()
    peer = Peer(args)
    extra = {}
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.tls_client_ca:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(args.tls_client_ca)
        extra["ssl"] = context
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with await hl7.mllp.start_hl7_server(peer.serve, "127.0.0.1", 0, **extra) as server:
        port = server.sockets[0].getsockname()[1]
        print("listening %d" % port, flush=True)
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
