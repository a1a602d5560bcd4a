package dev.atrium.sandbox.digitalrecruiters.generate;

import dev.atrium.sandbox.digitalrecruiters.model.Address;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.util.List;

/** The words of a generated French account: labels come localised, as the feed's free-text fields do. */
public final class Vocabulary {

    static final List<String> FIRST_NAMES = List.of(
            "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Zoé", "Louise", "Jade", "Anaïs",
            "Lucas", "Hugo", "Louis", "Nathan", "Gabriel", "Yanis", "Théo", "Mathis", "Karim", "Mamadou",
            "Sofia", "Amélie", "Élodie", "Noémie", "Rayan", "Adrien", "Baptiste", "Clément", "Quentin", "Thi Mai");
    static final List<String> LAST_NAMES = List.of(
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
            "N'Diaye", "Benali", "Nguyen", "Da Silva", "Le Gall", "Haddad", "Muller", "Lopez", "Fontaine", "Chevalier");
    public static final PersonNames NAMES = new PersonNames(FIRST_NAMES, LAST_NAMES);

    static final List<String> TITLES = List.of(
            "Développeur Java (H/F)", "Chargé de recrutement (H/F)", "Vendeur sport (H/F)", "Responsable de magasin (H/F)",
            "Data engineer (H/F)", "Comptable fournisseurs (H/F)", "Technicien de maintenance (H/F)",
            "ALTERNANCE Manager Commerce (H/F)", "Préparateur de commandes (H/F)", "Chef de projet marketing (H/F)",
            "Assistant RH (H/F)", "Conseiller clientèle (H/F)", "Ingénieur DevOps (H/F)", "Juriste droit social (H/F)");
    static final List<String> CATCH_PHRASES = List.of("", "", "Rejoignez une équipe passionnée !",
            "Un poste clé au cœur de nos opérations", "Envie de relever un nouveau défi ?");
    static final List<String> CONTRACT_TYPES = List.of(
            "CDI", "CDD", "Contrat d'alternance (pro, apprentissage)", "Stage", "Intérim");
    static final List<String> WORK_PERIODS = List.of("Temps plein", "Temps plein", "Temps partiel");
    static final List<String> SERVICES = List.of(
            "Manager Commerce", "Logistique", "Ressources humaines", "Finance", "Informatique", "Marketing", "Service client");
    static final List<String> EXPERIENCE_LEVELS = List.of("Indifférent", "Débutant", "1 à 3 ans", "3 à 5 ans", "Plus de 5 ans");
    static final List<String> EDUCATION_LEVELS = List.of(
            "Indifférent", "CAP, BEP", "Bac", "BTS, DUT, Bac+2", "BUT, Licence, Bac+3", "Master, Bac+5");
    static final List<String> SKILLS = List.of(
            "Management", "Accueil", "Java", "SQL", "Négociation", "Excel", "Anglais", "Autonomie", "Rigueur",
            "Vente", "Gestion de projet", "Communication");
    static final List<String> SALARY_KINDS = List.of("Annuel", "Mensuel", "Horaire");
    static final List<String> DESCRIPTIONS = List.of(
            "Vous accompagnez nos clients au quotidien et contribuez à la performance de votre équipe.",
            "Au sein d'une équipe de dix personnes, vous prenez en charge des projets variés.",
            "Vous participez à l'amélioration continue de nos processus & outils.",
            "Vous êtes le garant de la qualité de service sur votre périmètre.");
    static final List<String> PROFILES = List.of(
            "Vous êtes curieux, rigoureux et aimez le travail en équipe.",
            "Une première expérience réussie sur un poste similaire est un plus.",
            "Vous maîtrisez les outils bureautiques et parlez anglais.");
    static final List<String> CUSTOM_FIELD_NAMES = List.of("Heures hebdomadaires", "Télétravail", "Code budget");
    static final List<String> ENTITY_NAMES = List.of("Siège", "Vélizy", "Lyon Part-Dieu", "Lille Centre", "Nantes Atlantis",
            "Bordeaux Lac", "Marseille Prado", "Toulouse Blagnac");
    static final List<String> MANAGER_POSITIONS = List.of("Directeur de site", "Responsable d'équipe", "Directrice régionale");
    static final List<String> CANDIDATE_TITLES = List.of(
            "Étudiant", "Vendeur", "Développeur", "Assistante administrative", "Chef de rayon", "Comptable", "Technicien");
    static final List<String> ORIGINS = List.of(
            "Site carrière", "Indeed", "LinkedIn", "Welcome to the Jungle", "Cooptation", "JobTeaser", "Pôle emploi");
    static final List<String> REJECTED_REASONS = List.of(
            "Profil ne correspondant pas au poste", "Candidat non disponible", "Poste pourvu",
            "Prétentions salariales trop élevées", "Candidat a décliné l'offre");
    static final List<String> STREETS = List.of(
            "Rue de la République", "Avenue de l'Europe", "Boulevard Voltaire", "Rue Nationale", "Place du Marché");

    /** City with zip, department and region, so addresses are consistent. */
    record City(String name, String zip, String county, String state, double lat, double lon) {
        Address address(String street) {
            return new Address(street, zip, name, county, state, "France", lat, lon);
        }
    }

    static final List<City> CITIES = List.of(
            new City("Paris", "75011", "Paris", "Île-de-France", 48.8589, 2.3795),
            new City("Vélizy-Villacoublay", "78140", "Yvelines", "Île-de-France", 48.7813, 2.2201),
            new City("Lyon", "69003", "Rhône", "Auvergne-Rhône-Alpes", 45.7606, 4.8590),
            new City("Lille", "59000", "Nord", "Hauts-de-France", 50.6365, 3.0635),
            new City("Nantes", "44000", "Loire-Atlantique", "Pays de la Loire", 47.2184, -1.5536),
            new City("Bordeaux", "33300", "Gironde", "Nouvelle-Aquitaine", 44.8637, -0.5757),
            new City("Marseille", "13008", "Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur", 43.2599, 5.3794),
            new City("Toulouse", "31700", "Haute-Garonne", "Occitanie", 43.6379, 1.3897));

    private Vocabulary() {
    }

    /** A French mobile number on the range set aside for fiction ({@code 06 39 98}). */
    public static String phoneNumber(int roll, boolean international) {
        int n = Math.floorMod(roll, 10_000);
        return international ? String.format("+3363998%04d", n) : String.format("06 39 98 %02d %02d", n / 100, n % 100);
    }
}
