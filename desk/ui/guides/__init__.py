"""The guides area: library search, step runner, citizen view and take-home handout.

The guide data, search and run state machine live in ``desk.domain.guides``;
these modules only render them.
"""
