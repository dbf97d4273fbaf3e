#!/usr/bin/python3
"""What a screen reader hears: the app driven through the accessibility bus, as Orca reads it.

The real app (sandbox mode) on a virtual X display, with Qt's AT-SPI bridge on. Through AT-SPI
only (no Qt internals) it walks the wizard to the dashboard in several languages and checks:
- every button, check box and tab has a name, and no name shows a mnemonic's '&';
- every field, list and table has a name or a label pointing at it (labelled-by);
- a summary row is heard with its value ("Inbound SIP host: 6f1c….sip.cloudonix.net");
- the Review page's button is heard as it is shown ("Apply", never QWizard's "Commit");
- the progress bar exposes its value.
Exit 0: all heard; 1: something is not (each listed); 77: cannot run here (said why).
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

SKIP = 77


def skip(why):
    # The line dev.sh's skip summary looks for: a skip is said, never a silent pass.
    print(f"SKIP   : tst_atspi() {why}", flush=True)
    sys.exit(SKIP)


try:
    import pyatspi
except ImportError:
    skip("python3-pyatspi is not installed (packaging/dev.sh deps installs it)")


class Catalogue:
    """The app's own words in one language, from translations/trunkwizard_LANG.ts."""

    def __init__(self, ts_dir, language):
        self.words = {}
        if language == "en":
            return
        root = ElementTree.parse(os.path.join(ts_dir, f"trunkwizard_{language}.ts")).getroot()
        for message in root.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.text:
                self.words.setdefault(source, translation.text)

    def __call__(self, source, shown=True):
        """The text as the screen shows it; shown: without the mnemonic's '&'."""
        text = self.words.get(source, source)
        return text.replace("&", "") if shown else text


def nodes(root, showing_only=True):
    """Every object under root that is on screen, depth first; objects that vanish are skipped."""
    out = []

    def visit(node, depth):
        try:
            if depth > 0 and showing_only and not node.getState().contains(pyatspi.STATE_SHOWING):
                return
            out.append(node)
            for i in range(node.childCount):
                visit(node.getChildAtIndex(i), depth + 1)
        except Exception:  # the widget went away between two calls: not a finding
            pass

    visit(root, 0)
    return out


# Role names by role, not by the name AT-SPI gives them: at-spi2-core 2.56 (Debian 13) says
# "button" where 2.46 (Debian 12) says "push button".
ROLE_NAMES = {
    pyatspi.ROLE_PUSH_BUTTON: "push button", pyatspi.ROLE_CHECK_BOX: "check box",
    pyatspi.ROLE_RADIO_BUTTON: "radio button", pyatspi.ROLE_PAGE_TAB: "page tab",
    pyatspi.ROLE_TOGGLE_BUTTON: "toggle button", pyatspi.ROLE_TEXT: "text",
    pyatspi.ROLE_PASSWORD_TEXT: "password text", pyatspi.ROLE_SPIN_BUTTON: "spin button",
    pyatspi.ROLE_COMBO_BOX: "combo box", pyatspi.ROLE_LIST: "list", pyatspi.ROLE_TABLE: "table",
    pyatspi.ROLE_TREE: "tree", pyatspi.ROLE_LABEL: "label", pyatspi.ROLE_PROGRESS_BAR: "progress bar",
}


def role(node):
    try:
        return ROLE_NAMES.get(node.getRole()) or node.getRoleName()
    except Exception:
        return ""


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def labelled(node):
    try:
        return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY and r.getNTargets() > 0
                   for r in node.getRelationSet())
    except Exception:
        return False


class Run:
    """One language: the app started, driven and checked."""

    NAMED = {"push button", "check box", "radio button", "page tab", "toggle button"}
    LABELLED = {"text", "password text", "spin button", "combo box", "list", "table", "tree"}

    def __init__(self, app, ts_dir, language, timeout):
        self.language = language
        self.tr = Catalogue(ts_dir, language)
        self.timeout = timeout
        self.problems = []
        self.config = tempfile.mkdtemp(prefix="tw-atspi-")
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb",
                   LANGUAGE=language)
        self.log = open(os.path.join(self.config, "app.log"), "w")
        self.process = subprocess.Popen(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x1000x24", app, "--sandbox", "--config-dir", self.config,
             "--lang", language], env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.root = None

    def stop(self):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(10)
        except Exception:
            pass
        self.log.close()

    def wait(self, what, condition):
        end = time.monotonic() + self.timeout
        while time.monotonic() < end:
            value = condition()
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(what)

    def find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and name(app) == "trunkwizard" and self.is_ours(app.get_process_id()):
                    return app
            except Exception:
                continue
        return None

    def is_ours(self, pid):
        # The app runs under xvfb-run's shell: ours when its session is the one started here.
        try:
            return os.getsid(pid) == self.process.pid
        except OSError:
            return False

    def shown(self, wanted_role=None):
        return [n for n in nodes(self.root) if wanted_role is None or role(n) == wanted_role]

    def button(self, text):
        for node in self.shown("push button"):
            if name(node) == text:
                return node
        return None

    def press(self, source):
        text = self.tr(source)

        def pressed():
            node = self.button(text)
            try:
                return node is not None and node.queryAction().doAction(0)
            except Exception:  # gone between finding and pressing (the page changed): find it again
                return False

        self.wait(f"a button heard as '{text}' to press", pressed)

    def label_with(self, *parts):
        def found():
            for node in self.shown("label"):
                if all(p in name(node) for p in parts):
                    return name(node)
            return None
        return found

    def audit(self, screen):
        """The rules every screen keeps."""
        for node in self.shown():
            r, n = role(node), name(node)
            where = f"{self.language}, {screen}: {r}"
            if r in self.NAMED and not n.strip():
                self.problems.append(f"{where} has no name: Orca says only '{r}'")
            if r in self.NAMED and "&" in n:
                self.problems.append(f"{where} '{n}' is heard with its mnemonic's '&'")
            if r in self.LABELLED and not n.strip() and not labelled(node):
                self.problems.append(f"{where} has neither a name nor a label pointing at it")
            # On Linux, Qt names a combo box by its current text: its label comes by the relation.
            if r == "combo box" and not labelled(node):
                self.problems.append(f"{where} '{n}' has no label pointing at it: Orca says only its value")

    def expect(self, screen, what, condition):
        try:
            return self.wait(what, condition)
        except TimeoutError:
            heard = sorted({name(n) for n in self.shown() if role(n) in ("label", "push button") and name(n)})
            self.problems.append(f"{self.language}, {screen}: {what}; heard instead: {heard}")
            return None

    def drive(self):
        tr = self.tr
        self.root = self.wait("the app on the accessibility bus", self.find_app)
        self.press("&Next")
        self.audit("welcome")

        # Cloudonix: the summary row is heard with its value, not only its title.
        self.press("&Verify")
        host = self.expect("cloudonix", f"a summary row heard as '{tr('Inbound SIP host')}: ….sip.cloudonix.net'",
                           self.label_with(tr("Inbound SIP host"), ".sip.cloudonix.net"))
        self.audit("cloudonix")
        self.press("&Next")

        # Vapi: the number of assistants is heard.
        self.wait("the Vapi page", self.label_with(tr("Connect your Vapi organisation")))
        self.press("&Verify")
        self.expect("vapi", f"a summary row heard as '{tr('Assistants')}: N'",
                    lambda: any(re.search(r"\d", name(n)) and name(n).startswith(tr("Assistants"))
                                for n in self.shown("label")))
        self.audit("vapi")

        # Trunk, routing, numbers, then the review: its button is heard as shown.
        apply_text = tr("&Apply")
        for screen in ("trunk", "routing", "numbers"):
            self.press("&Next")
            time.sleep(0.3)  # the page's own checks start
            self.audit(screen)
        self.press("&Next")
        if self.expect("review", f"the button that applies heard as '{apply_text}'",
                       lambda: self.button(apply_text)) is None:
            return
        for node in self.shown("push button"):
            if name(node) in ("Commit", tr("Commit")):
                self.problems.append(f"{self.language}, review: a button is heard as '{name(node)}'")
        self.audit("review")

        # Apply: the progress bar says how far it is.
        self.press("&Apply")
        self.wait("the changes applied", lambda: self.button(tr("&Next")))
        bars = [n for n in self.shown("progress bar")]
        if not bars:
            self.problems.append(f"{self.language}, apply: no progress bar is on the accessibility bus")
        for bar in bars:
            value = bar.queryValue()
            if value.maximumValue <= 0 or value.currentValue != value.maximumValue:
                self.problems.append(f"{self.language}, apply: the finished progress bar is heard at "
                                     f"{value.currentValue} of {value.maximumValue}")
        self.audit("apply")

        # Finish and the dashboard: the values of the summary and of the cards.
        self.press("&Next")
        self.expect("finish", f"'{tr('Vapi SIP trunk')}: …' with the trunk's name",
                    self.label_with(tr("Vapi SIP trunk"), "demo.cloudonix.net"))
        self.audit("finish")
        self.press("Open &dashboard")
        self.expect("dashboard", f"the card's '{tr('Inbound SIP host')}' with its value",
                    self.label_with(tr("Inbound SIP host"), host.split(": ", 1)[-1] if host else ".sip.cloudonix.net"))
        self.audit("dashboard")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--ts-dir", required=True)
    parser.add_argument("--languages", default="en,de,he")
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args()
    for tool in ("xvfb-run", "/usr/libexec/at-spi-bus-launcher"):
        if not (os.path.exists(tool) or subprocess.run(["which", tool], capture_output=True).returncode == 0):
            skip(f"{tool} is missing (packaging/dev.sh deps installs xvfb and at-spi2-core)")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        skip("no D-Bus session (packaging/dev.sh test runs the suite inside one)")
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    problems = []
    try:
        time.sleep(0.3)
        for language in args.languages.split(","):
            run = Run(args.app, args.ts_dir, language, args.timeout)
            try:
                run.drive()
            except TimeoutError as waited:
                run.problems.append(f"{language}: gave up waiting for {waited} (app log: {run.log.name})")
            finally:
                run.stop()
            print(f"{language}: {'heard as shown' if not run.problems else f'{len(run.problems)} problem(s)'}",
                  flush=True)
            problems += run.problems
    finally:
        bus.terminate()
    for problem in problems:
        print(f"FAIL!  : {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
