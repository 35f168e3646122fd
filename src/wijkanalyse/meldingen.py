"""Every Dutch message a person who made the input can get, in one place.

Each function returns one or more full sentences: what is wrong and what to
do. The place (file, path, sheet, cell) is added by the caller through
`wijkanalyse.errors.Problem`. No message quotes the text of a signal or any
other free text, since that may hold personal data of residents; names of
fields, keys, sheets and allowed values are safe to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path


def _opsomming(items: Iterable[str], of: str = "of") -> str:
    """Join words Dutch style: ``a, b of c``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {of} {items[-1]}"


def keuzes(values: Iterable[str]) -> str:
    """The allowed values, quoted and joined: ``'a', 'b' of 'c'``."""
    return _opsomming(f"'{v}'" for v in values)


# Files as a whole -----------------------------------------------------------


def bestand_niet_gevonden(path: Path) -> str:
    """A file to read does not exist."""
    return f"Het bestand '{path}' bestaat niet. Controleer de naam en de map."


def model_niet_gevonden(path: Path) -> str:
    """A model is neither shipped nor an existing file."""
    return (
        f"Er is geen model '{path}': geen meegeleverd model en geen bestand. "
        "Kies een model uit 'wijkanalyse modellen' of geef het pad naar "
        "een TOML-bestand."
    )


def onleesbaar_bestand(path: Path) -> str:
    """A file exists but cannot be read as text."""
    return (
        f"Het bestand '{path}' kan niet worden gelezen. "
        "Controleer of het een tekstbestand in UTF-8 is en of u het mag "
        "openen."
    )


def onbekend_formaat(path: Path, suffixes: Iterable[str]) -> str:
    """A file's suffix is not one the library reads or writes."""
    return (
        f"Het bestand '{path}' heeft een onbekende extensie. "
        f"Gebruik {_opsomming(sorted(suffixes))}."
    )


def map_bestaat_niet(path: Path) -> str:
    """The folder to write in does not exist."""
    return (
        f"De map '{path}' bestaat niet. Maak de map eerst aan of kies een "
        "andere plek."
    )


def schrijven_geweigerd(path: Path) -> str:
    """The target could not be replaced, typically because it is open."""
    return (
        f"'{path}' kan niet worden geschreven. Is het bestand nog geopend "
        "in Word of Excel? Sluit het en probeer het opnieuw."
    )


def schrijven_mislukt(path: Path, reden: str) -> str:
    """Writing failed for a reason the operating system gave."""
    return (
        f"'{path}' kan niet worden geschreven ({reden}). "
        "Het bestaande bestand is niet veranderd."
    )


# Summaries ------------------------------------------------------------------


def analyse_afgekeurd(source: str) -> str:
    """An analysis document has errors."""
    return f"De wijkanalyse in '{source}' bevat fouten."


def model_afgekeurd(source: str) -> str:
    """A participatiemodel has errors."""
    return f"Het participatiemodel '{source}' bevat fouten."


# Documents (JSON, TOML) -----------------------------------------------------


def geen_json(regel: int, kolom: int) -> str:
    """The document is not valid JSON."""
    return (
        f"Dit is geen geldige JSON (regel {regel}, kolom {kolom}). "
        "Controleer komma's, aanhalingstekens en haakjes rond die plek."
    )


def geen_toml(detail: str) -> str:
    """The document is not valid TOML; *detail* names line and column."""
    return (
        f"Dit is geen geldige TOML ({detail}). "
        "Controleer de schrijfwijze rond die plek."
    )


def geen_object() -> str:
    """The document's top level is not an object."""
    return "Het document moet een object zijn ({ ... }), geen lijst of waarde."


def verkeerd_schema(gevonden: str, verwacht: str) -> str:
    """The schema field is missing or names another version."""
    return (
        f"Het veld 'schema' is '{gevonden}', verwacht '{verwacht}'. "
        "Dit document is niet met deze versie van wijkanalyse gemaakt; "
        "werk wijkanalyse bij of maak het document opnieuw."
    )


def veld_ontbreekt() -> str:
    """A required field is missing."""
    return "Dit verplichte veld ontbreekt. Vul het in."


def onbekende_velden(names: Iterable[str]) -> str:
    """Keys the document has but the type does not know."""
    names = sorted(names)
    woord = "Onbekend veld" if len(names) == 1 else "Onbekende velden"
    return f"{woord} {keuzes(names)}. Verwijder het of controleer de spelling."


def verkeerde_waarde(verwacht: str) -> str:
    """A value of the wrong type."""
    return f"Verkeerde waarde: verwacht {verwacht}."


def geen_keuze(values: Iterable[str]) -> str:
    """A value outside a closed list."""
    return f"Ongeldige waarde. Kies {keuzes(values)}."


def onbekende_fout() -> str:
    """A value was refused for a reason we could not name."""
    return "Deze waarde kan niet worden gebruikt. Controleer het veld."


# Participatiemodel ----------------------------------------------------------


def model_zonder_domeinen() -> str:
    """A model without any domain."""
    return "Het model heeft geen domeinen. Voeg minstens één [[domeinen]] toe."


def dubbel_domein(nummer: str) -> str:
    """Two domains share a number."""
    return (
        f"Het domeinnummer '{nummer}' komt vaker voor. "
        "Geef elk domein een eigen nummer."
    )


def leeg_domein() -> str:
    """A domain without themes."""
    return (
        "Dit domein heeft geen participatievormen. "
        "Voeg er minstens één toe of verwijder het domein."
    )


def leeg_veld(field: str) -> str:
    """A text field that must not be empty."""
    return f"Het veld '{field}' is leeg. Vul het in."


def foute_sleutel() -> str:
    """A theme key that is not a lowercase slug."""
    return (
        "Een sleutel bestaat uit kleine letters en cijfers, woorden "
        "gescheiden door een streepje (bijvoorbeeld 'betaald-werk')."
    )


def naam_meerregelig() -> str:
    """A theme name spread over several lines."""
    return (
        "De naam van een participatievorm moet op één regel staan. "
        "Haal de regeleinden uit de naam."
    )


def dubbele_themanaam(naam: str, elders: str) -> str:
    """Two themes share a name, so a form could not tell them apart."""
    return (
        f"De naam '{naam}' is al gebruikt bij {elders}. Geef elke "
        "participatievorm een eigen naam; in het invulschema staan ze "
        "bij hun naam."
    )


def dubbele_sleutel(sleutel: str, elders: str) -> str:
    """Two themes share a key."""
    return (
        f"De sleutel '{sleutel}' is al gebruikt bij {elders}. "
        "Geef elke participatievorm een eigen sleutel."
    )


# Analysis against its model -------------------------------------------------


def onbekend_model(naam: str) -> str:
    """The analysis names a model that cannot be found."""
    return (
        f"Het participatiemodel '{naam}' is onbekend. Kies een model uit "
        "'wijkanalyse modellen' of geef het eigen model mee met --model."
    )


def ander_model(naam: str, gegeven: str) -> str:
    """The analysis was filled against another model than the one given."""
    return (
        f"De wijkanalyse is ingevuld met model '{naam}', maar wordt "
        f"gecontroleerd tegen '{gegeven}'. Gebruik het juiste model."
    )


def onbekend_thema(sleutel: str, model: str) -> str:
    """A signal or kennisleemte names a theme the model lacks."""
    return (
        f"Het thema '{sleutel}' bestaat niet in model '{model}'. "
        "Kies een participatievorm uit 'wijkanalyse modellen "
        f"{model}'."
    )


def thema_dubbel_genoemd(sleutel: str) -> str:
    """A signal lists the same theme twice."""
    return (
        f"Het thema '{sleutel}' staat meer dan eens bij dit signaal. "
        "Noem elk thema één keer."
    )


def dubbel_id(signaal_id: str) -> str:
    """Two signals share an id."""
    return (
        f"Het id '{signaal_id}' wordt door meer signalen gebruikt. "
        "Geef elk signaal een eigen id."
    )


def fout_id() -> str:
    """A signal id of the wrong form."""
    return (
        "Een id bestaat uit letters, cijfers, punten, streepjes of "
        "liggende streepjes (hoogstens 40 tekens), bijvoorbeeld 'S012'."
    )


def lege_tekst(field: str) -> str:
    """A required text is empty."""
    return f"'{field}' is leeg. Beschrijf wat u hebt waargenomen."


def lege_naam() -> str:
    """A name that must not be empty."""
    return "De naam is leeg. Vul een naam in."


def foute_cbs_code() -> str:
    """A CBS code of the wrong form."""
    return (
        "Een CBS-code is 'WK' met zes cijfers (wijk) of 'BU' met acht "
        "cijfers (buurt), bijvoorbeeld WK054601. Laat het veld anders leeg."
    )


def geen_auteurs() -> str:
    """Nobody is named as author."""
    return (
        "Er is geen auteur genoemd. Vul in wie de wijkanalyse heeft "
        "gemaakt en vanuit welke rol."
    )


def anders_zonder_functie() -> str:
    """An author with role 'anders' but no description."""
    return (
        "De rol is 'anders' maar de functie is niet ingevuld. "
        "Beschrijf de functie van deze auteur."
    )


def geen_bronnen() -> str:
    """A signal without evidence."""
    return (
        "Dit signaal heeft geen bronnen. Noem waarop het berust, of zet "
        "bij kennisontwikkeling hoe u het gaat onderbouwen."
    )


def bron_anders_zonder_omschrijving() -> str:
    """A source of kind 'anders' without description."""
    return (
        "Een bron van de soort 'anders' heeft een omschrijving nodig. "
        "Beschrijf de bron."
    )


def leemte_met_signalen(sleutel: str) -> str:
    """A theme is a kennisleemte yet has signals."""
    return (
        f"Het thema '{sleutel}' is als kennisleemte genoemd, maar heeft "
        "ook signalen. Haal het bij de kennisleemtes weg of kijk de "
        "signalen na."
    )


def dubbele_leemte(sleutel: str) -> str:
    """A kennisleemte listed twice."""
    return (
        f"De kennisleemte '{sleutel}' staat er meer dan eens. "
        "Noem haar één keer."
    )


def onbekend_domein(nummer: str, model: str) -> str:
    """A synthesis for a domain the model lacks."""
    return (
        f"Het domein '{nummer}' bestaat niet in model '{model}'. "
        "Gebruik het nummer van een domein uit het model (I, II, III)."
    )


def dubbele_synthese(nummer: str) -> str:
    """Two syntheses for one domain."""
    return (
        f"Domein '{nummer}' heeft meer dan één samenvattende analyse. "
        "Voeg ze samen tot één tekst."
    )


def lacune_zonder_oplossing() -> str:
    """Services fall short but nothing says what is needed."""
    return (
        "Het aanbod schiet tekort, maar bij 'nodig' staat niet wat er moet "
        "komen. Vul het in: het verslag noemt het als mogelijke oplossing."
    )


def lege_aanbeveling() -> str:
    """An empty recommendation."""
    return "Deze aanbeveling is leeg. Vul haar in of verwijder haar."


def verboden_teken(field: str) -> str:
    """Text holds a control character that documents cannot store."""
    return (
        f"'{field}' bevat een onzichtbaar stuurteken dat niet in Word of "
        "Excel past. Verwijder het (vaak helpt opnieuw typen van de tekst)."
    )


def dubbele_sleutel_json(sleutel: str) -> str:
    """A JSON object repeats a key; one value would be lost."""
    return (
        f"De sleutel '{sleutel}' staat twee keer in hetzelfde object; één "
        "van beide waarden zou verloren gaan. Voeg ze samen."
    )


# Weging ---------------------------------------------------------------------


def weging_afgekeurd(source: str) -> str:
    """A weging file has errors."""
    return f"Het wegingsbestand '{source}' bevat fouten."


def geen_tabel(name: str) -> str:
    """A TOML key that should be a table is a value."""
    return (
        f"'{name}' moet een tabel zijn: schrijf [{name}] met daaronder "
        "de waarden."
    )


def onbekend_criterium(name: str) -> str:
    """A weight for a criterion that does not exist."""
    from wijkanalyse.beoordeling import Criterium  # noqa: PLC0415 (leaf import)

    return (
        f"'{name}' is geen criterium. Kies uit "
        f"{keuzes(c.value for c in Criterium)}."
    )


def fout_gewicht() -> str:
    """A weight that is not a non-negative number."""
    return "Een gewicht is een getal van 0 of meer, bijvoorbeeld 1 of 2.5."


def alle_gewichten_nul() -> str:
    """Every weight is zero."""
    return (
        "Alle gewichten zijn 0, dan telt geen enkel criterium. "
        "Geef minstens één criterium een gewicht groter dan 0."
    )


def foute_instelling(name: str, low: float, high: float | None) -> str:
    """A selection setting out of range or of the wrong type."""
    bereik = (
        f"van {low} tot en met {high}"
        if high is not None
        else f"van {low} of meer"
    )
    soort = "een getal" if name == "drempel" else "een geheel getal"
    return f"'{name}' moet {soort} zijn {bereik}."


# Invulschema (Excel) --------------------------------------------------------
#
# Places read "blad 'I Privédomein', cel D7"; the caller adds them. A value
# a person typed is quoted only when it was meant for a closed list and is
# short (see wijkanalyse.exporters.invulschema.cellen.getypt).


def eigenaarsbestand(path: Path) -> str:
    """Excel's ``~$`` owner file was given instead of the form."""
    return (
        f"'{path}' is het hulpbestand dat Excel naast een geopende werkmap "
        "zet, niet het invulschema zelf. Kies het bestand met dezelfde naam "
        "zonder '~$' ervoor."
    )


def leeg_bestand(path: Path) -> str:
    """The file has no content at all."""
    return (
        f"Het bestand '{path}' is leeg. Is het opslaan misschien mislukt? "
        "Sla het invulschema opnieuw op en probeer het nog eens."
    )


def oud_excelbestand(path: Path) -> str:
    """An OLE container: an old .xls or a password-protected workbook."""
    return (
        f"'{path}' is een ouder Excel-bestand (.xls) of een werkmap met een "
        "wachtwoord. Sla het in Excel op als 'Excel-werkmap (.xlsx)', "
        "zonder wachtwoord, en gebruik dat bestand."
    )


def geen_werkmap(path: Path) -> str:
    """The file is not an xlsx workbook at all."""
    return (
        f"'{path}' is geen Excel-werkmap (.xlsx). Gebruik het invulschema "
        "dat 'wijkanalyse schema' maakt, of sla het bestand in Excel of "
        "LibreOffice op als Excel-werkmap (.xlsx)."
    )


def ander_officebestand(path: Path, soort: str) -> str:
    """Another Office document under an xlsx name; *soort* says which."""
    return (
        f"'{path}' is {soort}, geen Excel-werkmap. Kies het ingevulde "
        "invulschema (.xlsx)."
    )


def opendocument(path: Path) -> str:
    """An OpenDocument file (LibreOffice's own format)."""
    return (
        f"'{path}' is een OpenDocument-bestand (zoals LibreOffice het "
        "standaard bewaart), geen Excel-werkmap. Kies in LibreOffice "
        "'Opslaan als' met het type 'Excel 2007-365 (.xlsx)'."
    )


def beschadigde_werkmap(path: Path) -> str:
    """The archive or its XML is damaged."""
    return (
        f"'{path}' is beschadigd en kan niet als Excel-werkmap worden "
        "gelezen. Open het in Excel of LibreOffice, sla het opnieuw op als "
        ".xlsx en probeer het nog eens."
    )


def onveilige_werkmap(path: Path) -> str:
    """The XML uses constructs refused for safety (entities, DTDs)."""
    return (
        f"'{path}' bevat XML-constructies die wijkanalyse om veiligheids"
        "redenen niet leest. Open het in Excel of LibreOffice en sla het "
        "opnieuw op als Excel-werkmap (.xlsx)."
    )


def onveilig_ingesteld() -> str:
    """The library openpyxl was told not to use defusedxml."""
    return (
        "wijkanalyse leest geen Excel-bestanden zolang de bescherming "
        "tegen kwaadaardige XML uitstaat. Verwijder de omgevingsvariabele "
        "OPENPYXL_DEFUSEDXML of zet haar op True."
    )


def geen_toegang(path: Path) -> str:
    """The file exists but cannot be opened."""
    return (
        f"'{path}' kan niet worden geopend. Controleer of het een bestand "
        "is (geen map) en of u het mag lezen."
    )


def te_groot_archief(path: Path) -> str:
    """The archive would unpack far beyond any real form: a zip bomb."""
    return (
        f"'{path}' is niet geopend: uitgepakt zou het veel groter zijn dan "
        "een invulschema ooit is. Zo'n bestand kan een computer vastzetten "
        "(een zogenoemde zipbom). Gebruik het oorspronkelijke invulschema."
    )


def te_veel_meldingen(aantal: int) -> str:
    """More problems were found than are shown."""
    return (
        f"Er zijn nog {aantal} meldingen meer. Los eerst de bovenstaande op "
        "en controleer het bestand dan opnieuw."
    )


def nieuwere_indeling(versie: str) -> str:
    """The form was made by a newer wijkanalyse."""
    return (
        f"Dit invulschema heeft indeling {versie} en is gemaakt met een "
        "nieuwere versie van wijkanalyse. Werk wijkanalyse bij om het te "
        "lezen."
    )


def blad_ontbreekt(titel: str) -> str:
    """A sheet of the form is missing or was renamed."""
    return (
        f"Het blad '{titel}' ontbreekt. Geef het blad zijn oorspronkelijke "
        "naam terug, of neem een nieuw invulschema en zet de inhoud over."
    )


def extra_blad(titel: str) -> str:
    """A sheet the form does not have; it is not read."""
    return (
        f"Het blad '{titel}' hoort niet bij het invulschema; wat erop staat "
        "wordt niet gelezen. Zet wat mee moet tellen op de bladen van het "
        "schema."
    )


def koppen_ontbreken() -> str:
    """The row of column headers of a domain sheet is not found."""
    return (
        "De rij met kolomkoppen (Thema / participatievorm, Signaal, Bron, "
        "...) is niet gevonden. Zet de koppen terug zoals ze in het "
        "invulschema stonden."
    )


def kolom_ontbreekt(kop: str) -> str:
    """A column of the form is missing from its header row."""
    return (
        f"De kolom '{kop}' ontbreekt. Zet haar terug met precies deze kop; "
        "tot dan blijft wat erin hoort leeg."
    )


def extra_kolom(aantal: int) -> str:
    """A column the form does not have holds something; it is not read."""
    cellen = "1 ingevulde cel" if aantal == 1 else f"{aantal} ingevulde cellen"
    return (
        "Deze kolom hoort niet bij het invulschema; wat erin staat "
        f"({cellen}, de eerste hier) wordt niet gelezen. Zet het in een "
        "kolom van het schema als het mee moet tellen."
    )


def buiten_schema() -> str:
    """A cell holds something where the form has no field."""
    return (
        "Deze cel hoort bij geen veld van het invulschema, dus wat erin "
        "staat kan niet worden gelezen. Zet het in de juiste kolom of maak "
        "de cel leeg."
    )


def regel_ontbreekt(label: str) -> str:
    """A labelled line of the voorblad is missing."""
    return (
        f"De regel '{label}' ontbreekt op dit blad. Zet haar terug zoals "
        "ze in het invulschema stond."
    )


def formule_gebruikt() -> str:
    """A formula's cached value was used."""
    return (
        "Deze cel bevat een formule; de uitkomst ervan is gelezen. Typ "
        "liever de tekst of waarde zelf in."
    )


def formule_zonder_uitkomst() -> str:
    """A formula whose value the file does not hold."""
    return (
        "Deze cel bevat een formule waarvan de uitkomst niet in het bestand "
        "staat. Typ de tekst of waarde zelf in, of open en bewaar het "
        "bestand eerst in Excel of LibreOffice."
    )


def foutwaarde(code: str) -> str:
    """A cell shows one of Excel's error values, e.g. #NAME?."""
    return (
        f"Deze cel geeft de foutwaarde '{code[:12]}'. Typ de tekst of "
        "waarde zelf in; begint uw tekst met '=', zet er dan een "
        "apostrof (') voor."
    )


def geen_waarde_voor(
    getypt: str | None, veld: str, keuzes: Iterable[str]
) -> str:
    """A typed value that the closed list of *veld* does not have."""
    wat = f"'{getypt}'" if getypt else "Wat hier staat"
    return f"{wat} is geen waarde voor {veld}; kies {_opsomming(keuzes)}."


def geen_datum() -> str:
    """A date cell that holds no readable date."""
    return (
        "Dit is geen datum die wijkanalyse kan lezen. Schrijf de datum als "
        "dag-maand-jaar, bijvoorbeeld 15-03-2024."
    )


def datum_ontbreekt() -> str:
    """The form's date is empty."""
    return (
        "De datum is niet ingevuld. Vul de datum in waarop de wijkanalyse "
        "klaar was, bijvoorbeeld 15-03-2024."
    )


def model_ontbreekt() -> str:
    """The voorblad names no participatiemodel."""
    return (
        "Het participatiemodel is niet ingevuld. Zet de naam van het model "
        "terug (bijvoorbeeld 'pilot-2010') of geef het model mee met "
        "--model."
    )


def thema_onbekend(model: str) -> str:
    """A typed theme name matches no theme of the model."""
    return (
        f"Deze themanaam komt niet voor in model '{model}'. Kies een thema "
        "uit de keuzelijst van de cel."
    )


def ander_thema_onbekend(model: str) -> str:
    """A theme listed under 'Ook bij thema's' matches no theme."""
    return (
        f"Een thema in deze cel komt niet voor in model '{model}'. Schrijf "
        "elk thema zoals het op de themaregels staat, elk op een eigen "
        "regel in de cel."
    )


def thema_benaderd(naam: str) -> str:
    """A theme name was matched approximately."""
    return (
        f"De themanaam is niet precies zo gespeld; gelezen als '{naam}'. "
        "Kies het thema uit de keuzelijst als dat niet klopt."
    )


def thema_ander_domein(naam: str, blad: str) -> str:
    """A theme typed on the sheet of another domain."""
    return (
        f"Het thema '{naam}' hoort bij het blad '{blad}'. De signalen "
        "eronder zijn bij dat thema gelezen; verplaats ze als dat niet de "
        "bedoeling was."
    )


def signaal_zonder_thema() -> str:
    """A row above the first theme of a sheet."""
    return (
        "Deze regel staat boven het eerste thema van het blad. Zet wat "
        "erop staat onder het thema waar het bij hoort."
    )


def bron_zonder_signaal() -> str:
    """A row with only a source, and no signal above it in its theme."""
    return (
        "Op deze regel staat alleen een bron, maar bij dit thema staat er "
        "geen signaal boven. Zet de bron op de regel van haar signaal, of "
        "vul het signaal in."
    )


def bron_zonder_soort() -> str:
    """A source without kind; it was read as 'anders'."""
    return (
        "Bij deze bron is geen soort gekozen; ze is gelezen als 'anders'. "
        "Kies de soort bron in deze cel."
    )


def meer_signalen_in_cel() -> str:
    """A signal cell that looks like a list of signals."""
    return (
        "Deze cel lijkt een opsomming van meer signalen; ze is gelezen als "
        "één signaal. Zet elk signaal op een eigen regel als u ze apart "
        "wilt wegen."
    )


def alleen_id() -> str:
    """A row that holds nothing but a signal id."""
    return (
        "Op deze regel staat alleen nog een id, dus er is geen signaal "
        "gelezen. Maak de cel leeg als het signaal weg mag."
    )


def ongeldig_id() -> str:
    """An id cell that holds no valid id."""
    return (
        "Dit is geen geldig id. Zet het oorspronkelijke id terug, of maak "
        "de cel leeg: dan krijgt het signaal een nieuw id."
    )


def id_al_gebruikt(signaal_id: str, elders: str, nieuw: str) -> str:
    """A repeated id (a copied row); the later signal got a fresh one."""
    return (
        f"Het id '{signaal_id}' staat ook op {elders}. Dit signaal heeft "
        f"daarom het nieuwe id '{nieuw}' gekregen; was de regel gekopieerd, "
        "dan is dat in orde."
    )


def stuurteken_in_cel() -> str:
    """A cell holds a control character no document can store."""
    return (
        "Deze cel bevat een onzichtbaar stuurteken dat niet in een "
        "wijkanalyse past. Typ de tekst opnieuw of verwijder het teken."
    )


def domein_ontbreekt() -> str:
    """A synthesis without its domain."""
    return (
        "Bij deze samenvattende analyse is geen domein gekozen. Kies het "
        "domein in deze cel."
    )


def domein_onbekend() -> str:
    """A synthesis row names no domain of the model."""
    return (
        "Dit domein komt niet voor in het model. Kies het domein uit de "
        "keuzelijst van de cel."
    )


def tekst_te_lang(veld: str, lengte: int) -> str:
    """A text longer than an Excel cell holds."""
    return (
        f"'{veld}' is {lengte} tekens lang; een Excel-cel bevat er "
        "hoogstens 32.767. Kort de tekst in of verdeel haar, en schrijf het "
        "invulschema opnieuw."
    )


def geen_schemaformaat(path: Path) -> str:
    """No exporter writes an empty form with this file's suffix."""
    return (
        f"Voor '{path}' kan geen leeg invulschema worden geschreven. Geef "
        "het bestand de extensie .xlsx."
    )


# Verslag --------------------------------------------------------------------


def teken_weggelaten() -> str:
    """Text held a character no document can store; it was left out."""
    return (
        "Deze tekst bevat een onzichtbaar stuurteken dat niet in een "
        "document past; het is in het verslag weggelaten. Verwijder het in "
        "de wijkanalyse (vaak helpt het de tekst opnieuw te typen)."
    )


def budget_overschreden(geschat: float, budget: float) -> str:
    """A domain's chapter is longer than the instrument allows."""
    from wijkanalyse.verslag.taal import getal  # noqa: PLC0415 (leaf import)

    eenheid = "pagina" if budget == 1 else "pagina's"
    return (
        f"Dit hoofdstuk beslaat naar schatting {getal(geschat, 1)} "
        f"pagina's; het instrument geeft het ongeveer {getal(budget, 1)} "
        f"{eenheid}. Er is niets ingekort: maak de teksten bij de signalen "
        "of de samenvattende analyse korter als het verslag binnen de "
        "omvang moet blijven."
    )


def geen_verslagformaat(path: Path, suffixes: Iterable[str]) -> str:
    """The output file of ``wijkanalyse verslag`` is not a report format."""
    return (
        f"'{path}' is geen formaat voor een verslag. Gebruik "
        f"{_opsomming(sorted(suffixes))}, bijvoorbeeld verslag.docx."
    )


def sjabloon_niet_gevonden(path: Path) -> str:
    """The house-style template does not exist."""
    return (
        f"Het huisstijlsjabloon '{path}' bestaat niet. Controleer de naam "
        "en de map, of laat --sjabloon weg voor de standaardopmaak."
    )


def sjabloon_is_dotx(path: Path) -> str:
    """The template is a Word template (.dotx/.dotm), not a document."""
    return (
        f"'{path}' is een Word-sjabloon (.dotx), geen Word-document. Open "
        "het in Word, kies Opslaan als en sla het op als Word-document "
        "(.docx); geef dat bestand mee met --sjabloon."
    )


def sjabloon_geen_word(path: Path) -> str:
    """The template is not a Word document python-docx can open."""
    return (
        f"'{path}' is geen bruikbaar Word-document (.docx). Is het een "
        "oud .doc-bestand, een PDF of een beschadigd bestand? Open het in "
        "Word en sla het op als Word-document (.docx)."
    )


def sjabloon_te_groot(path: Path) -> str:
    """The template unpacks to far more than any real document."""
    return (
        f"'{path}' is uitgepakt veel groter dan een normaal Word-document "
        "en wordt daarom niet geopend. Gebruik een ander sjabloon of sla "
        "het opnieuw op in Word."
    )


def stijl_ontbreekt(stijl: str) -> str:
    """The house-style template lacks a style; a fallback is used."""
    return (
        f"Het sjabloon heeft geen stijl '{stijl}'. Het verslag gebruikt "
        "een eenvoudige vervanging. Voeg de stijl toe aan het sjabloon "
        "(in Word: Stijlen, Nieuwe stijl) voor de eigen huisstijl."
    )


def sjabloon_genegeerd() -> str:
    """A template was given for a format that does not use one."""
    return (
        "Een huisstijlsjabloon geldt alleen voor een Word-verslag (.docx); "
        "voor dit formaat is het niet gebruikt."
    )
