"""Exception chaining: raise ... from ..., reading __cause__, and from None."""


class ConfigError(Exception):
    pass


class MissingKey(ConfigError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key


class BadValue(ConfigError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise BadValue(f"port {text!r} is not a number") from exc
    if not 0 < port < 65536:
        raise BadValue(f"port {port} out of range")
    return port


def lookup(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise MissingKey(key) from None


def load(settings):
    host = lookup(settings, "host")
    port = parse_port(lookup(settings, "port"))
    return f"{host}:{port}"


CASES = [
    {"host": "example.org", "port": "8080"},
    {"host": "example.org", "port": "http"},
    {"host": "example.org", "port": "70000"},
    {"port": "22"},
]

for settings in CASES:
    try:
        print("loaded", load(settings))
    except MissingKey as e:
        print("missing:", e.key, "| cause:", e.__cause__)
    except ConfigError as e:
        cause = e.__cause__
        if cause is not None:
            print(f"config error: {e} (caused by {type(cause).__name__}: {cause})")
        else:
            print(f"config error: {e} (no cause)")

try:
    try:
        parse_port("x1")
    except BadValue as inner:
        raise RuntimeError("startup failed") from inner
except RuntimeError as outer:
    print(outer, "<-", outer.__cause__, "<-", outer.__cause__.__cause__)
