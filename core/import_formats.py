"""Import and export formats.

Import: Belgian banks and spreadsheets write CSV with ``;`` (the comma is the decimal separator). The
delimiter is detected from the header line.

Export: every cell goes through ``core.csvsafe.safe_cell`` (formula injection), whatever
``IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT`` says: import-export's own escaping only drops one
leading ``=`` (``==cmd`` stays a formula, ``+``, ``-`` and ``@`` are not handled) and turns every
value into text.
"""

from import_export.formats.base_formats import CSV, XLSX

from core.csvsafe import safe_row


class BelgianCSV(CSV):
    """Read as bytes, decoded by ``decode_text``'s fixed rule (UTF-8 with or without a mark, UTF-16,
    else Windows-1252/Latin-1): spreadsheets and banks here save CSV in any of them."""

    def is_binary(self):
        return True

    def get_read_mode(self):
        return "rb"

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            try:
                in_stream, _encoding = decode_text(in_stream)
            except ValueError as exc:
                raise ValueError(f"The file cannot be read: {exc}") from exc
        header = in_stream.lstrip("\ufeff").split("\n", 1)[0]
        kwargs.setdefault("delimiter", ";" if header.count(";") > header.count(",") else ",")
        return super().create_dataset(in_stream.lstrip("\ufeff"), **kwargs)

    def get_title(self):
        return "csv"


class _EscapedExport:
    def _escape_formulae(self, dataset):
        rows = [safe_row(dataset[i]) for i in range(len(dataset))]
        del dataset[0 : len(dataset)]
        for row in rows:
            dataset.append(row)

    def export_data(self, dataset, **kwargs):
        self._escape_formulae(dataset)  # idempotent: the parent's escaping (setting on) calls it again
        return super().export_data(dataset, **kwargs)


class SafeCSV(_EscapedExport, CSV):
    pass


class SafeXLSX(_EscapedExport, XLSX):
    pass


IMPORT_FORMATS = [BelgianCSV, XLSX]
EXPORT_FORMATS = [SafeCSV, SafeXLSX]


# --- Reading uploaded files ourselves (bank statements, members.bank_import) ---------------------

import codecs  # noqa: E402
import csv  # noqa: E402
import io  # noqa: E402

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: FF FE 00 00 starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_encoding(data: bytes) -> str:
    """The encoding of a text file as banks send them, by a fixed rule (no guessing):

    1. a byte order mark says it: UTF-8, UTF-16 (Windows "Unicode" text), UTF-32;
    2. NUL bytes without a mark: UTF-16, little endian when they sit at odd positions;
    3. valid UTF-8;
    4. else Windows-1252 (Latin-1 plus "€" and typographic quotes in 0x80–0x9F), or Latin-1
       (ISO-8859-1) when one of the five bytes Windows-1252 leaves undefined occurs.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:4096]
    if b"\x00" in sample:
        odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
        even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
        return "utf-16-le" if odd >= even else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "windows-1252"
    except UnicodeDecodeError:
        return "iso-8859-1"


def decode_text(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of an uploaded text file (``detect_encoding``); the mark is dropped."""
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:  # a UTF-16/32 mark on a file that is not
        raise ValueError(f"the file is not valid {encoding}: {exc.reason} at byte {exc.start}") from exc
    return text.lstrip("\ufeff"), encoding


def is_xlsx(data: bytes) -> bool:
    """An XLSX workbook is a ZIP archive."""
    return data[:4] == b"PK\x03\x04"


def read_rows(data: bytes, *, max_rows: int) -> tuple[str, str, list[str], list[tuple[int, list]]]:
    """``(format, encoding, header, rows)`` of a CSV (``;``, ``,`` or tab, detected from the header line)
    or XLSX file (its first sheet, read-only). Each row is ``(row number, cells)``, the header being
    row 1, as a spreadsheet numbers them; empty rows are left out. ``ValueError`` with a readable
    message when the file cannot be read or has more than ``max_rows`` rows."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ValueError("old Excel files (.xls) are not read: save the statement as .xlsx or CSV")
    if is_xlsx(data):
        return ("xlsx", "", *_xlsx_rows(data, max_rows))
    text, encoding = decode_text(data)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    if first_line.count("\t") > first_line.count(delimiter):  # Excel's "Unicode text" (UTF-16) uses tabs
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows = []
    for number, cells in enumerate(reader, start=1):
        if not any(str(c).strip() for c in cells):
            continue
        if header is None:
            header = [str(c).strip() for c in cells]
            continue
        if len(rows) >= max_rows:
            raise ValueError(f"more than {max_rows} rows: split the statement")
        rows.append((number, cells))
    return "csv", encoding, header or [], rows


def _xlsx_rows(data: bytes, max_rows: int) -> tuple[list[str], list[tuple[int, list]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValueError(f"not a readable XLSX workbook ({exc})") from exc
    try:
        sheet = workbook.worksheets[0]
        header: list[str] | None = None
        rows = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if header is None:
                if not any(c not in (None, "") for c in cells):
                    continue  # leading empty rows before the header
                header = ["" if c is None else str(c).strip() for c in cells]
                continue
            if not any(c not in (None, "") and str(c).strip() for c in cells):
                continue
            if len(rows) >= max_rows:
                raise ValueError(f"more than {max_rows} rows: split the statement")
            rows.append((number, list(cells)))
        return header or [], rows
    finally:
        workbook.close()
