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
