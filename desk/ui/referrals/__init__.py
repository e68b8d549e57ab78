"""The Doorverwijzingen area: referral list, form, status changes, letter and export."""
