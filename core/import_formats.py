"""Import formats: Belgian banks and spreadsheets write CSV with ``;`` (the comma is the decimal
separator). The delimiter is detected from the header line."""

from import_export.formats.base_formats import CSV, XLSX


class BelgianCSV(CSV):
    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = in_stream.decode(self.encoding or "utf-8-sig")
        header = in_stream.lstrip("\ufeff").split("\n", 1)[0]
        kwargs.setdefault("delimiter", ";" if header.count(";") > header.count(",") else ",")
        return super().create_dataset(in_stream.lstrip("\ufeff"), **kwargs)

    def get_title(self):
        return "csv"


IMPORT_FORMATS = [BelgianCSV, XLSX]
EXPORT_FORMATS = [CSV, XLSX]
