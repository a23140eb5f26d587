"""Shared by the rule tests of tests/test_chrome_rules_*.py: two real-shaped body sentences, a page
made of lines, and what the rules alone (no judge) remove from it, by line number and reason."""

from textlab import cleaning as C

BODY = "会议要求，各级党组织要聚焦群众急难愁盼问题，推动资源力量向社区下沉，确保各项任务落地见效。"
BODY2 = "一年来，全市新建党群服务中心12个，选派186名机关干部到社区报到服务，基层治理水平明显提升。"


def removed(text: str) -> dict[int, str]:
    return {r.lineno: r.reason for r in C.clean(text, report=True, chrome_model=False).removed}


def page(*lines: str) -> str:
    return "\n".join(lines)


def goes_between(line: str, reason: str, body: str = BODY, body2: str = BODY2) -> None:
    """The rules alone remove ``line`` between two body sentences, with ``reason``, and nothing else."""
    text = page(body, line, body2)
    assert removed(text) == {2: reason}
    assert C.clean(text, chrome_model=False) == page(body, body2)


def stays_between(line: str, body: str = BODY, body2: str = BODY2) -> None:
    """The rules alone remove nothing of ``line`` between two body sentences."""
    assert removed(page(body, line, body2)) == {}
