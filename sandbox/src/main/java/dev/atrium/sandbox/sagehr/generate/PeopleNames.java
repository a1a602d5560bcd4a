package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.support.generate.PersonNames;
import java.util.List;

/** Name and address vocabulary for generated people; varied on purpose (accents, apostrophes, hyphens). */
final class PeopleNames {

    static final List<String> FIRST_NAMES = List.of(
            "Amara", "Ben", "Chloé", "Daniel", "Emeka", "Fatima", "George", "Hannah", "Ibrahim", "Jasmine",
            "Kenji", "Laura", "Mateus", "Nadia", "Oliver", "Priya", "Quentin", "Rosa", "Samuel", "Tomasz",
            "Uma", "Viktor", "Wei", "Ximena", "Yusuf", "Zoë", "Aoife", "Bjørn", "Carmen", "Dmitri",
            "Elif", "Felix", "Grace", "Hugo", "Isla", "Jonas", "Keira", "Liam", "Mei", "Noah",
            "Olga", "Pau", "Rahul", "Sofia", "Thabo", "Valentina", "William", "Yara", "Zain", "Ana",
            "Marie-Claire", "Jean-Luc", "Siobhán", "Łukasz", "Søren", "José", "Anaïs", "Ruth", "Kwame", "Leila");

    static final List<String> LAST_NAMES = List.of(
            "Okafor", "Smith", "Dubois", "Novak", "Haddad", "Khan", "Williams", "Müller", "Rossi", "Tanaka",
            "García", "O'Brien", "Kowalski", "Nguyen", "Jensen", "Patel", "Silva", "Ivanova", "Mensah", "Murphy",
            "Lopez-Bru", "Capdevilla", "Andersson", "Brown", "Chen", "Demir", "Evans", "Fischer", "Gonzalez", "Hughes",
            "Ito", "Jones", "Kim", "Larsen", "Martin", "Nakamura", "Owusu", "Petrov", "Quinn", "Ramos",
            "Schmidt", "Taylor", "Ueda", "Van der Berg", "Walsh", "Xu", "Yilmaz", "Zimmermann", "Abara", "Byrne",
            "De Souza", "El-Amin", "Fitzgerald", "Gallagher", "Horvath", "Ishikawa", "Jovanović", "Kaur", "Lindqvist", "Moreau");

    static final List<String> STREETS = List.of(
            "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
            "Queen Street", "King's Road", "Albert Road", "Oak Close", "Rua Augusta", "Grafton Street");

    /** City with a plausible post code prefix and country. */
    record City(String name, String postCodePrefix, String country) {
    }

    static final List<City> CITIES = List.of(
            new City("London", "EC1A", "United Kingdom"),
            new City("Manchester", "M1", "United Kingdom"),
            new City("Bristol", "BS1", "United Kingdom"),
            new City("Leeds", "LS1", "United Kingdom"),
            new City("Dublin", "D02", "Ireland"),
            new City("Lisbon", "1100", "Portugal"),
            new City("Vilnius", "LT-01", "Lithuania"),
            new City("Edinburgh", "EH1", "United Kingdom"));

    static final PersonNames NAMES = new PersonNames(FIRST_NAMES, LAST_NAMES);

    private PeopleNames() {
    }
}
