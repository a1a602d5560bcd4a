package dev.atrium.sandbox.paycor.generate;

import java.util.List;

/** Job titles a mid-size US employer recruits for, with their department, EEO-1 category and pay. */
final class JobCatalog {

    /** One kind of job; pay is per {@code payPeriod}. */
    record Entry(String title, String department, String eeoCategory, String payPeriod, double minimum, double maximum) {
    }

    static final String EXECUTIVES = "Executive/Senior Level Officials and Managers";
    static final String MANAGERS = "First/Mid-Level Officials and Managers";
    static final String PROFESSIONALS = "Professionals";
    static final String TECHNICIANS = "Technicians";
    static final String SALES = "Sales Workers";
    static final String ADMIN = "Administrative Support Workers";
    static final String CRAFT = "Craft Workers";
    static final String OPERATIVES = "Operatives";
    static final String LABORERS = "Laborers and Helpers";
    static final String SERVICE = "Service Workers";

    static final List<Entry> ENTRIES = List.of(
            new Entry("Software Engineer", "Engineering", PROFESSIONALS, "Yearly", 95_000, 140_000),
            new Entry("Senior Data Analyst", "Engineering", PROFESSIONALS, "Yearly", 85_000, 120_000),
            new Entry("IT Support Technician", "Engineering", TECHNICIANS, "Hourly", 22, 30),
            new Entry("Registered Nurse", "Clinical", PROFESSIONALS, "Hourly", 36, 52),
            new Entry("Medical Assistant", "Clinical", TECHNICIANS, "Hourly", 17.5, 23),
            new Entry("Dental Hygienist", "Clinical", TECHNICIANS, "Hourly", 34, 45),
            new Entry("Warehouse Associate", "Operations", LABORERS, "Hourly", 16, 21),
            new Entry("Forklift Operator", "Operations", OPERATIVES, "Hourly", 18, 24),
            new Entry("Truck Driver (CDL-A)", "Operations", OPERATIVES, "Weekly", 1_300, 1_800),
            new Entry("Maintenance Technician", "Facilities", CRAFT, "Hourly", 24, 34),
            new Entry("Electrician Apprentice", "Facilities", CRAFT, "Hourly", 18, 25),
            new Entry("Customer Service Representative", "Customer Success", ADMIN, "Hourly", 16.5, 21),
            new Entry("Account Executive", "Sales", SALES, "Yearly", 60_000, 85_000),
            new Entry("Retail Sales Associate", "Sales", SALES, "Hourly", 14, 17),
            new Entry("Payroll Specialist", "Finance", ADMIN, "Yearly", 52_000, 68_000),
            new Entry("Accounts Payable Clerk", "Finance", ADMIN, "Hourly", 19, 25),
            new Entry("Controller", "Finance", MANAGERS, "Yearly", 110_000, 150_000),
            new Entry("HR Generalist", "People", PROFESSIONALS, "Yearly", 58_000, 75_000),
            new Entry("Marketing Coordinator", "Marketing", PROFESSIONALS, "Yearly", 48_000, 62_000),
            new Entry("Line Cook", "Hospitality", SERVICE, "Hourly", 15, 19.5),
            new Entry("Store Manager", "Sales", MANAGERS, "Yearly", 62_000, 80_000),
            new Entry("Vice President of Operations", "Operations", EXECUTIVES, "Yearly", 180_000, 240_000),
            new Entry("Executive Assistant", "People", ADMIN, "Monthly", 4_800, 6_200),
            new Entry("Security Officer", "Facilities", SERVICE, "Hourly", 17, 22));

    /** Department titles as HR typed them; "other" is lower case in the vendor's own sample. */
    static final List<String> DEPARTMENTS = List.of(
            "Engineering", "Clinical", "Operations", "Facilities", "Customer Success", "Sales", "Finance",
            "People", "Marketing", "Hospitality", "other");

    static final List<String> RESPONSIBILITIES = List.of(
            "Work closely with the team lead to plan the week's priorities",
            "Keep accurate records in our systems of record",
            "Follow safety procedures and report incidents promptly",
            "Serve customers and colleagues with patience and care",
            "Train new team members on tools and processes",
            "Take part in continuous-improvement projects",
            "Prepare weekly status reports for management",
            "Coordinate with vendors and other departments");

    static final List<String> REQUIREMENTS = List.of(
            "High school diploma or equivalent",
            "Bachelor's degree in a related field or equivalent experience",
            "Two or more years of relevant experience",
            "Valid driver's license",
            "Able to lift 50 lbs and stand for long periods",
            "Strong written and verbal communication",
            "Comfortable with spreadsheets and email",
            "Flexible schedule including some weekends");

    static final List<String> BENEFITS = List.of(
            "Medical, dental and vision from day one", "401(k) with company match", "Paid time off and holidays",
            "Tuition reimbursement", "Employee assistance program");

    private JobCatalog() {
    }

    static int departmentIndex(String title) {
        int index = DEPARTMENTS.indexOf(title);
        return index < 0 ? DEPARTMENTS.size() - 1 : index;
    }
}
