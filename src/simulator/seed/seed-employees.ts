// Employees per tenant (CONTRACT.md §13). Peter Edwards and Maria Lopez are the contract's example employees
// (examples/service.json, examples/orders-page.json); the rest are generated from the seed.
import type { Random } from "./create-random.js";
import type { SimEmployee } from "./types.js";

export const ACME = "ACME";
export const GLOBEX = "GLOBEX";
export const PETER_EDWARDS_ID = "28673732";
export const MARIA_LOPEZ_ID = "28673790";
/** The demo service account's own employee record (requestedBy without a context header, F22). */
export const SERVICE_ACCOUNT_EMPLOYEE_ID = "28673700";
export const GENERATED_ACME_EMPLOYEES = 300;

const DEPARTMENTS = [
  { id: "11569020385", name: "Development" },
  { id: "11569020386", name: "Sales" },
  { id: "11569020387", name: "Information Technology" },
  { id: "11569020388", name: "Finance" },
  { id: "11569020389", name: "Operations" },
  { id: "11569020390", name: "Marketing" },
  { id: "11569020391", name: "Customer Support" },
] as const;

// prettier-ignore
const FIRST_NAMES = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
  "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
  "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Priya", "Ashley", "Wei", "Kimberly",
  "Andrew", "Emily", "Joshua", "Donna", "Kenji", "Michelle", "Kevin", "Amélie"];
// prettier-ignore
const LAST_NAMES = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
  "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
  "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Patel", "O'Brien", "Kowalski"];

const department = (index: number): SimEmployee["department"] => ({
  ...(DEPARTMENTS[index] ?? DEPARTMENTS[0]),
});

function createExampleEmployees(): SimEmployee[] {
  return [
    {
      id: PETER_EDWARDS_ID,
      companyEmployeeId: "peter.edwards.acme",
      firstName: "Peter",
      lastName: "Edwards",
      email: "peter.edwards@acme.com",
      officePhone: "2035559999",
      status: "ACTIVE",
      department: department(0),
      tenant: ACME,
    },
    {
      id: MARIA_LOPEZ_ID,
      companyEmployeeId: "maria.lopez.acme",
      firstName: "Maria",
      lastName: "Lopez",
      email: "maria.lopez@acme.com",
      officePhone: "2035550199",
      status: "ACTIVE",
      department: department(1),
      tenant: ACME,
    },
    {
      id: SERVICE_ACCOUNT_EMPLOYEE_ID,
      companyEmployeeId: "svc.bulkport.acme",
      firstName: "Bulkport",
      lastName: "Service Account",
      email: "svc.bulkport@acme.com",
      status: "ACTIVE",
      department: department(2),
      tenant: ACME,
    },
  ];
}

/** `count` employees of a tenant, with unique `companyEmployeeId`s of the form first.last[.n].<tenant>. */
function createGeneratedEmployees(
  random: Random,
  tenant: string,
  firstId: number,
  count: number,
  taken: Set<string>,
) {
  const employees: SimEmployee[] = [];
  const suffix = tenant.toLowerCase();
  for (let i = 0; i < count; i++) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const base = `${firstName}.${lastName}`
      .normalize("NFD")
      .replace(/[^A-Za-z.]/g, "")
      .toLowerCase();
    let handle = base;
    for (let n = 2; taken.has(`${handle}.${suffix}`); n++) handle = `${base}${n}`;
    taken.add(`${handle}.${suffix}`);
    employees.push({
      id: String(firstId + i),
      companyEmployeeId: `${handle}.${suffix}`,
      firstName,
      lastName,
      email: `${handle}@${suffix}.com`,
      officePhone: `203555${String(1000 + i).slice(-4)}`,
      // A few former employees: still account holders of their lines (§8.6 employee.status).
      status: random.chance(0.03) ? "INACTIVE" : "ACTIVE",
      department: department(random.int(0, DEPARTMENTS.length - 1)),
      tenant,
    });
  }
  return employees;
}

export interface EmployeeSeed {
  employees: SimEmployee[];
  /** Generated ACME employees: the holders of generated lines. */
  acmeOwnerIds: string[];
  globexOwnerIds: string[];
}

export function createEmployees(random: Random): EmployeeSeed {
  const examples = createExampleEmployees();
  const taken = new Set(examples.map((e) => e.companyEmployeeId));
  const acme = createGeneratedEmployees(random, ACME, 28680001, GENERATED_ACME_EMPLOYEES, taken);
  const globex = createGeneratedEmployees(random, GLOBEX, 39100001, 5, taken);
  return {
    employees: [...examples, ...acme, ...globex],
    acmeOwnerIds: acme.map((e) => e.id),
    globexOwnerIds: globex.map((e) => e.id),
  };
}
