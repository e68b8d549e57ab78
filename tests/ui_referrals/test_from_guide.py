"""A pre-filled referral request opens the referral form in the Doorverwijzingen area."""

from __future__ import annotations

from typing import Any

from desk.ui.context import ReferralRequest


def test_a_request_opens_the_form_with_needs_and_barriers(qtbot: Any, ctx: Any,
                                                          memory_keyring: Any) -> None:
    from desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ctx.referral_requested.emit(ReferralRequest(needs=("smartphone", "device_lending"),
                                                barriers=("no_device",)))
    page = window.page("referrals")
    assert window.stack.currentIndex() == window.area_keys().index("referrals")
    qtbot.waitUntil(lambda: page.form is not None, timeout=10000)
    form = page.form
    qtbot.addWidget(form)
    referral = form.current_referral()
    assert referral.needs == ("smartphone", "device_lending")
    assert referral.barriers == ("no_device",)
    assert referral.status == "draft" and referral.staff == "Elke"
    # A second request while the form is open brings that form forward: no work lost.
    assert page.request_referral(ReferralRequest(needs=("email",))) is form
    assert form.current_referral().needs == ("smartphone", "device_lending")


def test_who_and_where_come_from_the_contact_when_not_set(qtbot: Any, ctx: Any,
                                                          memory_keyring: Any) -> None:
    import dataclasses

    from desk.ui.referrals.page import ReferralsPage

    ctx.config = dataclasses.replace(ctx.config, staff_name="", office="")
    page = ReferralsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10000)
    form = page.request_referral(ReferralRequest(needs=("email",), staff="Bo",
                                                 office="menen-balie"))
    qtbot.addWidget(form)
    referral = form.current_referral()
    assert (referral.staff, referral.office) == ("Bo", "menen-balie")
