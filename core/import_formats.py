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
    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = in_stream.decode(self.encoding or "utf-8-sig")
        header = in_stream.lstrip("\ufeff").split("\n", 1)[0]
        kwargs.setdefault("delimiter", ";" if header.count(";") > header.count(",") else ",")
        return super().create_dataset(in_stream.lstrip("\ufeff"), **kwargs)

    def get_title(self):
        return "csv"


class _EscapedExport:
    def _escape_formulae(self, dataset):
        rows = [safe_row(dataset[i]) for i in range(len(dataset))]
        del dataset[0:len(dataset)]
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
