"""TLS is always verified: a configured CA bundle, else the OS trust store (truststore)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desk.central.app import Settings, create_app
from desk.central.db import make_engine
from desk.central.migrate import upgrade
from desk.sync.client import CentralClient, RetryPolicy, TLSMismatch, make_session
from tests.support.served import bound_socket

pytestmark = pytest.mark.timeout(60)

#: OpenSSL checks validity against the machine's real clock, while the suite may run at
#: another moment (DESK_TEST_NOW moves the process clock): a wide window covers both.
VALIDITY = dt.timedelta(days=3 * 366)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(folder: Path, cn: str) -> tuple[Path, ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - VALIDITY)
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    path = folder / f"{cn}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path, key, cert


def make_server_cert(
    folder: Path, ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate, names: list[str]
) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    alt: list[x509.GeneralName] = []
    for name in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(names[0]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - VALIDITY)
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert_path = folder / f"server-{names[0]}.pem"
    key_path = folder / f"server-{names[0]}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class TLSServer:
    def __init__(self, tmp: Path, cert: Path, key: Path) -> None:
        self.engine = make_engine(f"sqlite:///{tmp / 'central-tls.db'}")
        upgrade(self.engine)
        self.sock = bound_socket()
        self.url = f"https://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(
            create_app(self.engine, Settings()), log_level="critical", lifespan="off",
            ssl_certfile=str(cert), ssl_keyfile=str(key),
        )  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, name="central-tls"
        )
        self.thread.start()

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
        self.engine.dispose()


@pytest.fixture
def pki(tmp_path: Path) -> dict[str, Path]:
    ca, ca_key, ca_cert = make_ca(tmp_path, "desk-test-ca")
    other_ca, _k, _c = make_ca(tmp_path, "other-ca")
    good = make_server_cert(tmp_path, ca_key, ca_cert, ["127.0.0.1", "localhost"])
    wrong_name = make_server_cert(tmp_path, ca_key, ca_cert, ["desk.example.org"])
    return {"ca": ca, "other_ca": other_ca, "good_cert": good[0], "good_key": good[1],
            "wrong_cert": wrong_name[0], "wrong_key": wrong_name[1]}  # fmt: skip


@pytest.fixture
def tls_server(tmp_path: Path, pki: dict[str, Path]) -> Iterator[TLSServer]:
    server = TLSServer(tmp_path, pki["good_cert"], pki["good_key"])
    try:
        yield server
    finally:
        server.stop()


def _health(url: str, ca_bundle: str = "") -> dict[str, object]:
    c = CentralClient(url, ca_bundle=ca_bundle, retry=RetryPolicy(attempts=1))
    c.session.trust_env = False  # no REQUESTS_CA_BUNDLE / proxy from the environment
    try:
        return c.health()
    finally:
        c.close()


def test_configured_ca_bundle_is_trusted(tls_server: TLSServer, pki: dict[str, Path]):
    assert _health(tls_server.url, str(pki["ca"]))["status"] == "ok"


def test_unknown_ca_is_refused_by_the_os_trust_store(tls_server: TLSServer):
    with pytest.raises(TLSMismatch) as err:
        _health(tls_server.url)
    assert "certificaat" in err.value.message and "niets verzonden" in err.value.message


def test_other_ca_bundle_is_refused(tls_server: TLSServer, pki: dict[str, Path]):
    with pytest.raises(TLSMismatch):
        _health(tls_server.url, str(pki["other_ca"]))


def test_certificate_for_another_name_is_refused(tmp_path: Path, pki: dict[str, Path]):
    server = TLSServer(tmp_path, pki["wrong_cert"], pki["wrong_key"])
    try:
        with pytest.raises(TLSMismatch):
            _health(server.url, str(pki["ca"]))
    finally:
        server.stop()


def test_os_trust_store_is_used_without_a_bundle():
    pytest.importorskip("truststore")
    from desk.sync.client import _TrustStoreAdapter

    session = make_session()
    try:
        assert isinstance(session.get_adapter("https://desk.example.org"), _TrustStoreAdapter)
        assert session.verify is True
    finally:
        session.close()
    bundled = make_session(ca_bundle="/etc/ssl/certs/ca-certificates.crt")
    try:
        assert bundled.verify == "/etc/ssl/certs/ca-certificates.crt"
    finally:
        bundled.close()


# -- https only, in the enrolment dialog (issue #16, finding 4) ---------------------------------


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_enrolment_dialog_refuses_plain_http_in_the_ui_language(
    qtbot, qapp, tmp_path: Path, store, memory_keyring, language: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from desk.ui import i18n
    from desk.ui.sync.enroll_dialog import EnrollDialog
    from tests.support.gui import make_context

    i18n.remove_translations(qapp)
    i18n.install_translations(qapp, language)
    ctx = make_context(tmp_path)
    try:
        ctx.set_store(store)
        dialog = EnrollDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.server.setText("http://192.0.2.2:8470")
        dialog.code.setText("ABCD-EFGH-JKLM-NPQR")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.click()
        template = (
            "Desk maakt geen verbinding met {0} via http://: dan zouden het logboek, "
            "doorverwijzingen met contactgegevens van burgers en de toestelsleutel "
            "onbeveiligd over het netwerk gaan. Gebruik het https://-adres van de "
            "centrale server; vraag het aan IT als u het niet kent. Er is niets "
            "verzonden en uw gegevens blijven bewaard op deze computer."
        )
        shown = QCoreApplication.translate("Messages", template).format("192.0.2.2:8470")
        qtbot.waitUntil(lambda: dialog.message.text() == shown, timeout=10_000)
        assert "https://" in shown and "192.0.2.2:8470" in shown
        assert (shown == template.format("192.0.2.2:8470")) == (language == "nl")
        assert ok.isEnabled()  # the address can be corrected and sent again
        assert memory_keyring.store == {}
    finally:
        ctx.worker.shutdown()
        i18n.remove_translations(qapp)
