"""Write the fixtures of tests/test_formats.py: files in exactly the layouts documented in
``research/operator-formats.md`` (headers, separators, encodings, markers, file names).

Values are synthetic except where the research notes say the licence allows real rows: the MITMA rows
marked "real" are from the open data of the Ministerio de Transportes y Movilidad Sostenible ("Datos
abiertos Ministerio de Transportes y Movilidad Sostenible", Licencia de datos abiertos del Ministerio de
Transportes), as printed in research/operator-formats.md §1-2. Column orders marked (A) there are
assumed. Run ``python tests/data/formats/make_formats.py`` to rewrite them byte for byte.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _gz(path: Path, text: str) -> None:
    # mtime=0 and no file name: the same bytes on every run
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as fh:
        fh.write(text.encode("ascii"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def _write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode(encoding))


V2 = "fecha|periodo|origen|destino|distancia|actividad_origen|actividad_destino|estudio_origen_posible|estudio_destino_posible|residencia|renta|edad|sexo|viajes|viajes_km\n"


def mitma() -> None:
    # §1, v2 Viajes, 2024-03-01: five real rows (not sorted by hour), then two synthetic ones with
    # 'externo', an age and a sex, and a district id
    _gz(HERE / "mitma" / "20240301_Viajes_distritos.csv.gz", V2 + (
        "20240301|19|01009_AM|01001|0.5-2|frecuente|casa|no|no|01|10-15|NA|NA|5.124|6.120\n"
        "20240301|15|01002|01001|10-50|frecuente|casa|no|no|01|10-15|NA|NA|2.360|100.036\n"
        "20240301|00|01009_AM|01001|10-50|frecuente|casa|no|no|01|10-15|NA|NA|1.743|22.293\n"
        "20240301|05|01009_AM|01001|10-50|frecuente|casa|no|no|01|10-15|NA|NA|2.404|24.659\n"
        "20240301|06|01009_AM|01001|10-50|frecuente|casa|no|no|01|10-15|NA|NA|5.124|80.118\n"
        "20240301|19|externo|01001|>50|no_frecuente|casa|no|no|28|>15|25-45|mujer|3.5|210.0\n"
        "20240301|19|01001|2807901|>50|casa|trabajo_estudio|no|si|01|>15|45-65|hombre|1.25|437.5\n"))
    # a week of daily files (ficheros-diarios/YYYY-MM/YYYYMMDD_Viajes_distritos.csv.gz): the three real rows
    # of 2022-02-01 (§1), the same pairs on the next six days with the trips times the day's number
    real = [("18", "01001", "01001", "2-10", "frecuente", "casa", "10-15", "NA", "NA", 6.329, 14.935),
            ("08", "01001", "01002", "10-50", "casa", "frecuente", "10-15", "NA", "NA", 2.925, 137.889),
            ("01", "01001", "01009_AM", "2-10", "frecuente", "frecuente", ">15", "45-65", "mujer", 2.794, 17.724)]
    for d in range(1, 8):
        rows = []
        for h, o, de, dist, ao, ad, renta, edad, sexo, v, km in real:
            rows.append(f"202202{d:02d}|{h}|{o}|{de}|{dist}|{ao}|{ad}|no|no|01|{renta}|{edad}|{sexo}|{v * d:.3f}|{km * d:.3f}\n")
        _gz(HERE / "mitma_week" / "ficheros-diarios" / "2022-02" / f"202202{d:02d}_Viajes_distritos.csv.gz", V2 + "".join(rows))
    # §2, v1 maestra1 by district: the three real rows, with '01' and '00' restored as 2-digit strings (A)
    _gz(HERE / "mitma" / "20210201_maestra_1_mitma_distrito.txt.gz",
        "fecha|origen|destino|actividad_origen|actividad_destino|residencia|edad|periodo|distancia|viajes|viajes_km\n"
        "20210201|01001_AM|01001_AM|casa|otros|01|NA|00|002-005|13.241|50.442\n"
        "20210201|01001_AM|01001_AM|casa|otros|01|NA|00|010-050|8.542|112.803\n"
        "20210201|01001_AM|01001_AM|casa|otros|01|NA|03|010-050|13.241|255.191\n")
    # §2, v1 maestra1 by municipality (the third column order), synthetic
    _gz(HERE / "mitma" / "20210201_maestra_1_mitma_municipio.txt.gz",
        "fecha|origen|destino|periodo|distancia|viajes|viajes_km\n"
        "20210201|01001|01002|07|002-005|10.5|36.75\n"
        "20210201|externo|01002|08|100+|4.25|637.5\n")
    # §2, v1 maestra2, synthetic
    _gz(HERE / "mitma" / "20210201_maestra_2_mitma_distrito.txt.gz",
        "fecha|distrito|numero_viajes|personas\n"
        "20210201|0100101|0|120.5\n20210201|0100101|1|80.25\n20210201|0100101|2+|300\n")
    # §3, v2 Personas, synthetic
    _gz(HERE / "mitma" / "20220201_Personas_dia_distritos.csv.gz",
        "fecha|zona_pernoctacion|edad|sexo|numero_viajes|personas\n"
        "20220201|01001|0-25|mujer|0|10.5\n20220201|01001|25-45|NA|2+|40.25\n20220201|2807901|NA|NA|1|7.0\n")
    # §4, v2 Pernoctaciones, synthetic
    _gz(HERE / "mitma" / "20220201_Pernoctaciones_distritos.csv.gz",
        "fecha|zona_residencia|zona_pernoctacion|personas\n"
        "20220201|2807901|01001|55.5\n20220201|01001|01001|1200.25\n20220201|0100101|2807901|31.0\n")


FV_FLAGS = "VacancesA;VacancesB;VacancesC;Ferie;JourDeLaSemaine"


def fluxvision() -> None:
    # §5, one delivery (B1 2023) for the zone CABA0: Diurne and Nuitee by provenance x category, Nuitee by
    # département; the zones are nested (Cantal contains the CA du Bassin d'Aurillac). Column order (A).
    d = HERE / "fluxvision_2023B1"
    head = f"Date;ZoneObservation;Provenance;CategorieVisiteur;Volume;{FV_FLAGS}\n"
    diurne = [
        ("2023-07-14", "Cantal", "Local", "Resident", 52000, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-14", "Cantal", "NonLocal", "Excursionniste", 8400, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-14", "Cantal", "NonLocal", "Excursionniste recurrent", 1250, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-14", "Cantal", "Etranger", "Touriste", 640, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-14", "Cantal", "NonLocal", "Habituellement present", 2100, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-14", "CA du Bassin dAurillac", "NonLocal", "Excursionniste", 3100, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-15", "Cantal", "NonLocal", "Excursionniste", 9100, 1, 1, 1, 0, "Samedi"),
        ("2023-07-15", "CA du Bassin dAurillac", "NonLocal", "Excursionniste", 2900, 1, 1, 1, 0, "Samedi"),
    ]
    _write(d / "Diurne_2023B1_CABA0.csv", head + "".join(";".join(map(str, r)) + "\n" for r in diurne))
    nuitee = [
        ("2023-07-14", "Cantal", "NonLocal", "Touriste", 15200, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-14", "Cantal", "Etranger", "Touriste", 2300, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-14", "Cantal", "NonLocal", "Touriste en transit", 45, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-14", "CA du Bassin dAurillac", "NonLocal", "Touriste", 4100, 1, 1, 1, 1, "Vendredi"),
        ("2023-07-15", "Cantal", "NonLocal", "Touriste", 16800, 1, 1, 1, 0, "Samedi"),
        ("2023-07-15", "CA du Bassin dAurillac", "NonLocal", "Touriste", 4450, 1, 1, 1, 0, "Samedi"),
    ]
    _write(d / "Nuitee_2023B1_CABA0.csv", head + "".join(";".join(map(str, r)) + "\n" for r in nuitee))
    # by département: names with accents, in cp1252 (the encoding varies between deliveries)
    dep_head = "Date;ZoneObservation;Provenance;CategorieVisiteur;NomDepartement;NomRegion;NomNouvelleRegion;Volume\n"
    dep = [
        ("2023-07-14", "Cantal", "NonLocal", "Touriste", "Puy-de-Dôme", "Auvergne", "Auvergne-Rhône-Alpes", 3200),
        ("2023-07-14", "Cantal", "NonLocal", "Touriste", "Rhône", "Rhône-Alpes", "Auvergne-Rhône-Alpes", 2800),
        ("2023-07-14", "Cantal", "NonLocal", "Touriste", "Paris", "Ile-de-France", "Ile-de-France", 1900),
        ("2023-07-15", "Cantal", "NonLocal", "Touriste", "Rhône", "Rhône-Alpes", "Auvergne-Rhône-Alpes", 3050),
    ]
    _write(d / "Nuitee_Departement_2023B1_CABA0.csv", dep_head + "".join(";".join(map(str, r)) + "\n" for r in dep),
           encoding="cp1252", newline="\r\n")
    # a weekly file (the observatory's ETL skips these): read as one week, never as a day
    _write(HERE / "fluxvision_weekly" / "Nuitee_Semaine_2023B1_CABA0.csv",
           head + "2023-07-10;Cantal;NonLocal;Touriste;98000;1;1;1;0;Lundi\n"
                  "2023-07-17;Cantal;NonLocal;Touriste;104500;1;1;1;0;Lundi\n")


def proximus() -> None:
    # §7: the date only in the file name; ';' and a decimal comma; -1 for a group under 30. nrofimsi values
    # of 2020-12-21 are the real pivoted ones of the research notes; the rest is synthetic. The column
    # order follows the reader's dtype dictionary (A).
    head = ("mllp_postalcode;postalcode;imsisinpostalcode;habitatants;nrofimsi;visitors;est_staytime;"
            "total_est_staytime;est_staytime_perc\n")
    rows = [
        "1000;1000;40210;184515;12934;59351,5;310416000;352000000;88,2\n",
        "1000;1020;40210;184515;278;1275,7;2001600;352000000;0,6\n",
        "1020;9970;9850;43960;-1;-1;-1;81000000;-1\n",
        "Foreigner;1000;;;7745;7745;46470000;1400000000;3,3\n",
        "Foreigner;ABROAD;;;210199;210199;1261194000;1400000000;90,1\n",
    ]
    _write(HERE / "proximus" / "outputPROXIMUS122747corona20201221AZUREREF001.csv", head + "".join(rows))


def crt() -> None:
    # §6, wide nights with a derived total, CRLF, ','; synthetic values (the data are for Hackaviz 2020 only)
    deps = ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"]
    head = "date," + ",".join(f"dpt_{d}" for d in deps) + ",total_occitanie\n"
    r1 = [1000 * (i + 1) for i in range(13)]  # 1000 .. 13000, total 91000
    r2 = [100 * (i + 1) for i in range(13)]
    r2[8] = 0  # dpt_48: below the threshold or none
    r3 = [0] * 13  # a data outage: every column zero
    rows = [("2018-01-01", r1), ("2018-01-02", r2), ("2018-08-29", r3)]
    text = head + "".join(f"{d}," + ",".join(map(str, r)) + f",{sum(r)}\n" for d, r in rows)
    _write(HERE / "crt_occitanie" / "nuitees.csv", text, newline="\r\n")
    # the same with a total that disagrees in one row
    bad = head + f"2018-01-01," + ",".join(map(str, r1)) + ",90000\n"
    _write(HERE / "crt_occitanie_badtotal" / "nuitees.csv", bad, newline="\r\n")
    po = ("date,org,dest,volume,vacances_org,Temp_midi,meteo,nb_evt\n"
          "2018-01-01,01,09,169,1,12,0,0\n"
          "2018-01-01,2A,09,0,1,12,0,0\n"
          "2018-01-01,BE+LU,65,412,0,9,0,0\n"
          "2018-01-01,DK+SE+NO,65,57,0,9,0,0\n"
          "2018-01-01,Autres,65,230,0,9,0,0\n"
          "2018-01-01,DE,09,88,0,12,0,0\n"
          "2018-01-02,33,65,17033,1,9,0,0\n")
    _write(HERE / "crt_occitanie" / "par_origines.csv", po, newline="\r\n")


def ine() -> None:
    # §8: XLSX, an information sheet, then one sheet per month; codes as text (zero-padded)
    import openpyxl
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Información"
    info.append(["Medición del turismo a partir de teléfonos móviles"])
    info.append(["Solo se publican los cruces con más de 30 turistas."])
    head = ["mes", "mun_orig_cod", "mun_orig", "dest_cod", "dest", "turistas", "prov_orig_cod", "prov_orig",
            "prov_dest_cod", "prov_dest"]
    data = {"2023-01": [["2023-01", "28079", "Madrid", "01059", "Vitoria-Gasteiz", 1520, "28", "Madrid", "01", "Araba/Álava"],
                        ["2023-01", "08019", "Barcelona", "01059", "Vitoria-Gasteiz", 310, "08", "Barcelona", "01", "Araba/Álava"]],
            "2023-02": [["2023-02", "28079", "Madrid", "01059", "Vitoria-Gasteiz", 1740, "28", "Madrid", "01", "Araba/Álava"]]}
    for name, rows in data.items():
        ws = wb.create_sheet(name)
        ws.append(head)
        for r in rows:
            ws.append(r)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    c.number_format = "@"
    path = HERE / "ine" / "exp_tmov_interno_mun_2023.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    wb2 = openpyxl.Workbook()
    ws = wb2.active
    ws.title = "2023-07"
    ws.append(["mes", "pais_orig_cod", "pais_orig", "mun_dest_cod", "mun_dest", "turistas", "prov_dest_cod", "prov_dest"])
    ws.append(["2023-07", "110", "Francia", "08019", "Barcelona", 45210, "08", "Barcelona"])
    ws.append(["2023-07", "126", "Reino Unido", "08019", "Barcelona", 38100, "08", "Barcelona"])
    wb2.save(HERE / "ine" / "exp_tmov_receptor_mun_2023.xlsx")


if __name__ == "__main__":
    mitma()
    fluxvision()
    proximus()
    crt()
    ine()
