#!/usr/bin/env python3
"""Writes the importer fixtures in src/test/resources/import byte for byte: line endings, byte
order marks and encodings as each exporter writes them. Run from the repository root:
    python3 src/test/fixture-generators/make_import_fixtures.py
"""
import base64
import os

OUT = os.path.join("src", "test", "resources", "import")
CRLF = "\r\n"
# A tiny JPEG the readers should keep byte for byte: SOI, a JFIF APP0 segment, a comment long
# enough that its base64 needs folding, EOI.
_COMMENT = b"Tend import fixture photo " * 4
JPEG = (bytes.fromhex("FFD8FFE000104A46494600010100000100010000") + b"\xff\xfe"
        + (len(_COMMENT) + 2).to_bytes(2, "big") + _COMMENT + bytes.fromhex("FFD9"))


def write(name, text, encoding="utf-8", bom=b""):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(bom + text.encode(encoding))


def fold(line, width=75):
    """RFC 6350 3.2 / RFC 2425 5.8.1 folding: CRLF and one space every 75 octets."""
    out = []
    while len(line.encode("utf-8")) > width:
        cut = width
        while len(line[:cut].encode("utf-8")) > width:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return CRLF.join(out)


def apple():
    # Apple Contacts (macOS) exports vCard 3.0 with CRLF, lower-case "type=" parameters, custom
    # labels as grouped itemN.X-ABLabel, "_$!<Label>!$_" for its built-in labels, X-SOCIALPROFILE,
    # and base64 PHOTO (ENCODING=b) folded at 75 octets.
    photo = base64.b64encode(JPEG).decode("ascii")
    card1 = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//macOS 14.4.1//EN",
        "N:Schröder;Anna;Maria;Dr.;",
        "FN:Dr. Anna Maria Schröder",
        "ORG:Nordlicht Maschinenbau GmbH;Vertrieb\\, Export;Region Nord",
        "TITLE:Leiterin Export",
        "EMAIL;type=INTERNET;type=WORK;type=pref:anna.schroeder@nordlicht.example",
        "item1.EMAIL;type=INTERNET:anna@messe-privat.example",
        "item1.X-ABLabel:Messe",
        "TEL;type=CELL;type=VOICE;type=pref:+49 171 2345678",
        "TEL;type=WORK;type=VOICE:0511 7654321",
        "item2.TEL:+49 (0)30 1234567",
        "item2.X-ABLabel:_$!<Other>!$_",
        "item3.ADR;type=WORK;type=pref:;;Königstraße 12;Hannover;Niedersachsen;30159;Deutschland",
        "item3.X-ABADR:de",
        "item4.URL;type=pref:https://www.nordlicht.example",
        "item4.X-ABLabel:_$!<HomePage>!$_",
        "X-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/annaschroeder",
        "X-SOCIALPROFILE;type=xing;x-user=Anna_Schroeder:x-apple:Anna_Schroeder",
        "BDAY;value=date:1984-03-15",
        "NOTE:Met at booth B12\\, hall 27; wants a quote for 3 presses.\\nFollow up in April.",
        fold("PHOTO;ENCODING=b;TYPE=JPEG:" + photo),
        "CATEGORIES:Hannover Messe,Kunden",
        "END:VCARD",
    ]
    # An Austrian office with only a national number: the address makes it Austrian.
    card2 = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//macOS 14.4.1//EN",
        "N:Huber;Lukas;;;",
        "FN:Lukas Huber",
        "ORG:Alpen Sensorik AG;",
        "TEL;type=WORK;type=VOICE;type=pref:01 5880 1234",
        "item1.ADR;type=WORK;type=pref:;;Mariahilfer Straße 99;Wien;;1060;Österreich",
        "item1.X-ABADR:at",
        "END:VCARD",
    ]
    write("apple-contacts.vcf", CRLF.join(card1 + card2) + CRLF)


def android():
    # Android/Samsung export vCard 2.1: non-ASCII values as QUOTED-PRINTABLE with CHARSET=UTF-8
    # and soft line breaks ("=" at the end of a line), bare type parameters (TEL;CELL), CRLF,
    # X-ANDROID-CUSTOM lines, base64 PHOTO lines indented and closed by an empty line.
    photo = base64.b64encode(JPEG).decode("ascii")
    lines = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;J=C3=BCrgi;1;;;;;;;;;;;;;",
        "TEL;CELL:0171 9876543",
        "TEL;WORK:+49 (0)30 12345678",
        "TEL;WORK;FAX:030 12345679",
        "EMAIL;WORK:juergen.mueller@baeckerei-mueller.example",
        "EMAIL;HOME:j.mueller@example.de",
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:B=C3=A4ckerei M=C3=BCller GmbH;Gesch=C3=A4ftsf=C3=BChrung",
        "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gesch=C3=A4ftsf=C3=BChrer",
        "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=C3=9Fe 5;Berlin;;10115;Deutschland",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lieferant f=C3=BCr Br=C3=B6tchen, sehr zuverl=C3=A4ssig; m=",
        "=C3=B6chte Messe-Rabatt.",
        "URL:http://www.baeckerei-mueller.example",
        "BDAY:1975-11-02",
        "PHOTO;ENCODING=BASE64;JPEG:" + photo[:20],
        " " + photo[20:],
        "",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Wei=DF;Bj=F6rn;;;",
        "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Bj=F6rn Wei=DF",
        "TEL;HOME;VOICE:+41 44 123 45 67",
        "TEL;CELL:079 123 45 67",
        "END:VCARD",
    ]
    write("android-samsung.vcf", CRLF.join(lines) + CRLF, "ascii")


def scanner():
    # A business-card scanner app's vCard 4.0 export of a stack of cards; card 2 was cut off
    # (no END:VCARD), card 4 has no name, organisation, email or phone.
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Max Mustermann",
        "N:Mustermann;Max;;;",
        "ORG:Muster & Söhne KG",
        "TITLE:Einkauf\\; Logistik",
        "EMAIL;TYPE=work:max@muster-soehne.example",
        "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+49-511-1234567",
        "TEL;TYPE=cell:0172 5556667",
        "URL:https://www.xing.com/profile/Max_Mustermann",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Erika Beispiel",
        "ORG:Beispiel GmbH",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Jean Dupont",
        "N:Dupont;Jean;;;",
        "ORG:Société Exemple SA;R&D\\, Capteurs",
        "TEL;TYPE=work:01 23 45 67 89",
        "ADR;TYPE=work:;;12 rue de la Paix;Paris;;75002;France",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "NOTE:Rückseite unleserlich",
        "END:VCARD",
    ]
    write("card-scanner.vcf", CRLF.join(lines) + CRLF)


def linkedin():
    # LinkedIn's Connections.csv: three notes lines before the header, LF endings, no BOM,
    # emails mostly empty, "Connected On" as "15 Mar 2024" (older exports: "15-Mar-24").
    text = "\n".join([
        "Notes:",
        "\"When exporting your connection data, you may notice that some of the email addresses are missing. "
        "You will only see email addresses for connections who have allowed their connections to see or download "
        "their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn "
        "more here https://www.linkedin.com/help/linkedin/answer/261\"",
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Anna,Schröder,https://www.linkedin.com/in/annaschroeder,,Nordlicht Maschinenbau GmbH,Leiterin Export,15 Mar 2024",
        "Tom,O'Neill,https://www.linkedin.com/in/tomoneill,tom.oneill@example.com,\"Acme, Inc.\",VP Sales,02 Jan 2023",
        "Priya,Raman,https://www.linkedin.com/in/priyaraman,,Globex,\"Head of R&D, Sensors\",15-Mar-24",
        ",,,,,,10 Feb 2022",
    ]) + "\n"
    write("Connections.csv", text)


GOOGLE_OLD = ("Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
              "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,"
              "Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,"
              "Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,"
              "E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,"
              "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
              "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,"
              "Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,"
              "Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,"
              "Website 1 - Value")


def row(headers, values):
    cols = headers.split(",")
    out = []
    for c in cols:
        v = values.get(c, "")
        if any(ch in v for ch in ",\"\n"):
            v = "\"" + v.replace("\"", "\"\"") + "\""
        out.append(v)
    return ",".join(out)


def google():
    # Google Contacts "Google CSV": several values in one cell joined by " ::: ", "* " marks the
    # primary type, Group Membership lists labels ("* myContacts"), a formatted address spans lines.
    r1 = {
        "Name": "Anna Schröder", "Given Name": "Anna", "Family Name": "Schröder", "Birthday": "1984-03-15",
        "Notes": "Booth B12\nwants a quote", "Group Membership": "Hannover Messe ::: * myContacts",
        "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "anna.schroeder@nordlicht.example ::: anna@nordlicht.example",
        "E-mail 2 - Type": "Home", "E-mail 2 - Value": "anna@privat.example",
        "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+49 171 2345678",
        "Phone 2 - Type": "Work", "Phone 2 - Value": "0511 7654321",
        "Address 1 - Type": "Work", "Address 1 - Formatted": "Königstraße 12\n30159 Hannover\nDeutschland",
        "Address 1 - Street": "Königstraße 12", "Address 1 - City": "Hannover", "Address 1 - Postal Code": "30159",
        "Address 1 - Country": "Deutschland", "Organization 1 - Type": "Work",
        "Organization 1 - Name": "Nordlicht Maschinenbau GmbH", "Organization 1 - Title": "Leiterin Export",
        "Organization 1 - Department": "Vertrieb", "Website 1 - Type": "Profile",
        "Website 1 - Value": "https://www.xing.com/profile/Anna_Schroeder",
    }
    r2 = {"Name": "Tom O'Neill", "Given Name": "Tom", "Family Name": "O'Neill", "Group Membership": "* myContacts",
          "E-mail 1 - Type": "* Other", "E-mail 1 - Value": "tom.oneill@example.com",
          "Phone 1 - Type": "Work", "Phone 1 - Value": "+1 415-555-0132 ::: (415) 555-0199"}
    text = "\r\n".join([GOOGLE_OLD, row(GOOGLE_OLD, r1), row(GOOGLE_OLD, r2),
                        "Broken,Quote,\"never closed,", ""])
    write("google-contacts.csv", text)


GOOGLE_NEW = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
              "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
              "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
              "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,"
              "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
              "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,"
              "Website 1 - Value")


def google_new():
    r1 = {"First Name": "Lukas", "Middle Name": "Johann", "Last Name": "Huber", "Name Prefix": "Mag.",
          "Organization Name": "Alpen Sensorik AG", "Organization Title": "CTO", "Labels": "* myContacts ::: Messe",
          "E-mail 1 - Label": "Work", "E-mail 1 - Value": "lukas.huber@alpen-sensorik.example",
          "Phone 1 - Label": "Work", "Phone 1 - Value": "01 5880 1234",
          "Address 1 - Label": "Work", "Address 1 - Street": "Mariahilfer Straße 99", "Address 1 - City": "Wien",
          "Address 1 - Postal Code": "1060", "Address 1 - Country": "Österreich",
          "Website 1 - Label": "", "Website 1 - Value": "www.alpen-sensorik.example"}
    write("google-contacts-new.csv", "\r\n".join([GOOGLE_NEW, row(GOOGLE_NEW, r1), ""]))


OUTLOOK_EN = ("Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,"
              "Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,"
              "Business Country/Region,Home Street,Home Street 2,Home Street 3,Home City,Home State,"
              "Home Postal Code,Home Country/Region,Other Street,Other Street 2,Other Street 3,Other City,"
              "Other State,Other Postal Code,Other Country/Region,Assistant's Phone,Business Fax,Business Phone,"
              "Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,"
              "Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,"
              "Anniversary,Assistant's Name,Billing Information,Birthday,Business Address PO Box,Categories,"
              "Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,"
              "E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,E-mail 3 Display Name,Gender,"
              "Government ID Number,Hobby,Home Address PO Box,Initials,Internet Free Busy,Keywords,Language,"
              "Location,Manager's Name,Mileage,Notes,Office Location,Organizational ID Number,Other Address PO Box,"
              "Priority,Private,Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page")

OUTLOOK_DE = ("Anrede;Vorname;Weitere Vornamen;Nachname;Suffix;Firma;Abteilung;Position;Straße geschäftlich;"
              "Straße geschäftlich 2;Straße geschäftlich 3;Ort geschäftlich;Region geschäftlich;"
              "Postleitzahl geschäftlich;Land/Region geschäftlich;Straße privat;Straße privat 2;Straße privat 3;"
              "Ort privat;Bundesland/Kanton privat;Postleitzahl privat;Land/Region privat;Fax geschäftlich;"
              "Telefon geschäftlich;Telefon geschäftlich 2;Rückmeldung;Autotelefon;Telefon Firma;Fax privat;"
              "Telefon privat;Telefon privat 2;ISDN;Mobiltelefon;Weiteres Fax;Weiteres Telefon;Pager;"
              "Haupttelefon;Mobiltelefon 2;Telefon für Hörbehinderte;Telex;Abrechnungsinformation;Benutzer 1;"
              "Benutzer 2;Benutzer 3;Benutzer 4;Beruf;Büro;E-Mail-Adresse;E-Mail-Typ;E-Mail: Angezeigter Name;"
              "E-Mail 2: Adresse;E-Mail 2: Typ;E-Mail 2: Angezeigter Name;E-Mail 3: Adresse;E-Mail 3: Typ;"
              "E-Mail 3: Angezeigter Name;Empfohlen von;Geburtstag;Geschlecht;Hobby;Initialen;Internet-Frei/Gebucht;"
              "Jahrestag;Kategorien;Kinder;Konto;Name des Assistenten;Name des/der Vorgesetzten;Notizen;"
              "Organisations-Nr.;Ort;Partner;Postfach geschäftlich;Priorität;Privat;Reisekilometer;Sprache;"
              "Stichwörter;Vertraulichkeit;Verzeichnisserver;Webseite")


def quoted_row(headers, values, sep):
    return sep.join("\"" + values.get(c, "").replace("\"", "\"\"") + "\"" for c in headers.split(sep))


def outlook():
    # Outlook's "Comma Separated Values" export: every field quoted, CRLF, Windows-1252 ("ANSI"),
    # "Title" is the salutation and "Job Title" the position, empty dates as "0/0/00".
    h = ",".join("\"" + c + "\"" for c in OUTLOOK_EN.split(","))
    r = {"Title": "Mr.", "First Name": "José", "Last Name": "García", "Company": "Iberia Valves S.L.",
         "Department": "Export", "Job Title": "Sales Manager", "Business Street": "Calle Mayor 10",
         "Business Street 2": "Planta 2", "Business City": "Madrid", "Business Postal Code": "28013",
         "Business Country/Region": "Spain", "Business Phone": "912 345 678", "Mobile Phone": "+34 612 34 56 78",
         "Business Fax": "912 345 679", "Birthday": "0/0/00", "Anniversary": "0/0/00",
         "E-mail Address": "jose.garcia@iberia-valves.example", "E-mail Type": "SMTP",
         "E-mail Display Name": "José García (jose.garcia@iberia-valves.example)", "Gender": "Unspecified",
         "Notes": "Met at the fair, \"valves\" booth", "Priority": "Normal", "Private": "False",
         "Sensitivity": "Normal", "Categories": "Messe;Spanien", "Web Page": "www.iberia-valves.example"}
    text = "\r\n".join([h, quoted_row(OUTLOOK_EN, r, ","), ""])
    write("outlook-en.csv", text, "cp1252")


def outlook_de():
    # German Outlook, opened and saved again by Excel: semicolons (the German list separator),
    # every field quoted, CRLF, Windows-1252 with umlauts, a semicolon inside a quoted note,
    # "Anrede" for the salutation, Swiss address with a national number, empty dates "0.0.00".
    h = ";".join("\"" + c + "\"" for c in OUTLOOK_DE.split(";"))
    r = {"Anrede": "Herr", "Vorname": "Jürgen", "Nachname": "Bäcker-Weiß", "Firma": "Zürcher Präzision AG",
         "Abteilung": "Qualitätssicherung", "Position": "Leiter Qualität", "Straße geschäftlich": "Bahnhofstrasse 1",
         "Ort geschäftlich": "Zürich", "Postleitzahl geschäftlich": "8001", "Land/Region geschäftlich": "Schweiz",
         "Telefon geschäftlich": "044 123 45 67", "Mobiltelefon": "079 765 43 21",
         "E-Mail-Adresse": "juergen.baecker@zuerich-praezision.example", "E-Mail-Typ": "SMTP",
         "Geburtstag": "15.3.1984", "Jahrestag": "0.0.00", "Notizen": "Kennt Anna; will Angebot bis Mai",
         "Kategorien": "Messe", "Priorität": "Normal", "Privat": "Aus", "Webseite": "https://www.zuerich-praezision.example"}
    r2 = {"Vorname": "Ünal", "Nachname": "Öztürk", "Firma": "Öztürk Logistik GmbH", "Telefon geschäftlich": "0511 998877",
          "Geburtstag": "0.0.00", "Jahrestag": "0.0.00"}
    text = "\r\n".join([h, quoted_row(OUTLOOK_DE, r, ";"), quoted_row(OUTLOOK_DE, r2, ";"), ""])
    write("outlook-de.csv", text, "cp1252")


def excel_de():
    # A list typed in Excel on German Windows and saved as "CSV UTF-8": byte order mark, semicolons,
    # German headers, CRLF, unquoted fields.
    text = "\r\n".join([
        "Nachname;Vorname;Firma;Titel;E-Mail;Telefon;Handy;Straße;PLZ;Ort;Land;Webseite;Notizen",
        "Schmidt;Petra;Schmidt & Partner;Dr.;petra@schmidt-partner.example;0511 223344;0160 1122334;"
        "Lange Laube 3;30159;Hannover;Deutschland;schmidt-partner.example;Stand C04",
        ";;;;;;;;;;;;nur eine Notiz",
        "",
    ])
    write("messe-liste.csv", text, "utf-8", b"\xef\xbb\xbf")


def tab():
    # Tab-separated text as copied out of a spreadsheet.
    write("kontakte.txt", "Name\tCompany\tEmail\tPhone\nGrace Hopper\tNavy Labs\tgrace@example.org\t+1 202 555 0147\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    apple(); android(); scanner(); linkedin(); google(); google_new(); outlook(); outlook_de(); excel_de(); tab()
