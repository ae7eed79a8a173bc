import type { CostType } from '../../domain/kinds.js';

/** Names of an industrial plant project (a chemical process plant), so demo data reads like a real one. */

export interface ElementTemplate {
  name: string;
  /** The name it is renamed to (and back) in the element's history. */
  variant: string;
  costType: CostType;
}

export interface Discipline {
  name: string;
  /** The name the top-level WBE is renamed to (and back) in its history. */
  variant: string;
  /** Second-level WBEs: scopes of the discipline, repeated per plant area below them. */
  scopes: readonly string[];
  elements: readonly ElementTemplate[];
  /** Where its cost elements start and how long they run, as fractions of the project duration. */
  start: readonly [number, number];
  duration: readonly [number, number];
}

const el = (name: string, variant: string, costType: CostType): ElementTemplate => ({ name, variant, costType });

/** Top-level WBEs in schedule order: engineering first, commissioning last. */
export const DISCIPLINES: readonly Discipline[] = [
  {
    name: 'Engineering and project management',
    variant: 'Engineering, procurement and project management',
    scopes: ['Basic engineering', 'Detail engineering', 'Procurement', 'Site management', 'HSE and quality'],
    elements: [
      el('Process design', 'Process design and HAZOP', 'LABOR'),
      el('Piping design', 'Piping design and 3D model', 'LABOR'),
      el('Structural design', 'Structural design and calculations', 'LABOR'),
      el('Instrument datasheets', 'Instrument datasheets and index', 'LABOR'),
      el('Vendor document review', 'Vendor document control', 'LABOR'),
      el('Expediting and inspection', 'Expediting, inspection and testing', 'SUBCONTRACT'),
      el('Site supervision', 'Site supervision team', 'LABOR'),
      el('Site offices and facilities', 'Temporary site facilities', 'EQUIPMENT'),
      el('Permits and authority fees', 'Permits, licences and fees', 'OTHER'),
      el('Safety officers', 'HSE officers and training', 'LABOR'),
      el('Quality assurance audits', 'QA/QC audits', 'SUBCONTRACT'),
      el('Travel and accommodation', 'Travel, lodging and per diem', 'OTHER'),
    ],
    start: [0, 0.06],
    duration: [0.55, 0.9],
  },
  {
    name: 'Civil works',
    variant: 'Civil and structural works',
    scopes: ['Site preparation', 'Foundations', 'Buildings', 'Roads and drainage', 'Pipe rack structures'],
    elements: [
      el('Excavation and backfill', 'Bulk excavation and backfill', 'SUBCONTRACT'),
      el('Piling', 'Bored piling', 'SUBCONTRACT'),
      el('Structural concrete', 'Reinforced concrete C30/37', 'MATERIAL'),
      el('Reinforcement steel', 'Rebar supply and fixing', 'MATERIAL'),
      el('Formwork', 'Formwork and shuttering', 'LABOR'),
      el('Structural steel', 'Structural steel supply', 'MATERIAL'),
      el('Steel erection', 'Structural steel erection', 'LABOR'),
      el('Mobile crane hire', 'Crawler crane hire', 'EQUIPMENT'),
      el('Site survey', 'Setting out and survey', 'SUBCONTRACT'),
      el('Geotechnical testing', 'Soil and concrete testing', 'OTHER'),
      el('Underground drainage', 'Oily water and storm drainage', 'SUBCONTRACT'),
      el('Paving and roads', 'Asphalt paving and kerbs', 'SUBCONTRACT'),
    ],
    start: [0.02, 0.2],
    duration: [0.15, 0.35],
  },
  {
    name: 'Mechanical',
    variant: 'Mechanical and piping',
    scopes: ['Rotating equipment', 'Static equipment', 'Piping', 'Tanks', 'HVAC'],
    elements: [
      el('Centrifugal pumps', 'Centrifugal process pumps', 'EQUIPMENT'),
      el('Compressor package', 'Screw compressor package', 'EQUIPMENT'),
      el('Heat exchangers', 'Shell and tube heat exchangers', 'EQUIPMENT'),
      el('Pressure vessels', 'Pressure vessels and columns', 'EQUIPMENT'),
      el('Carbon steel piping', 'Carbon steel pipe and fittings', 'MATERIAL'),
      el('Stainless steel piping', 'Stainless pipe and fittings', 'MATERIAL'),
      el('Valves', 'Manual and check valves', 'MATERIAL'),
      el('Pipe supports', 'Pipe supports and hangers', 'MATERIAL'),
      el('Piping installation', 'Piping erection and welding', 'LABOR'),
      el('Equipment setting', 'Equipment setting and alignment', 'LABOR'),
      el('Insulation', 'Thermal insulation and cladding', 'SUBCONTRACT'),
      el('Pressure testing', 'Hydrotest and flushing', 'SUBCONTRACT'),
    ],
    start: [0.14, 0.4],
    duration: [0.15, 0.4],
  },
  {
    name: 'Electrical',
    variant: 'Electrical and power distribution',
    scopes: ['Power supply', 'Distribution', 'Cabling', 'Lighting and earthing', 'Motors'],
    elements: [
      el('Power transformers', 'Oil-immersed transformers', 'EQUIPMENT'),
      el('MV switchgear', 'Medium voltage switchgear', 'EQUIPMENT'),
      el('LV switchboards', 'Low voltage switchboards and MCC', 'EQUIPMENT'),
      el('Power cables', 'Power cables and glands', 'MATERIAL'),
      el('Cable trays', 'Cable trays and ladders', 'MATERIAL'),
      el('Cable pulling', 'Cable laying and termination', 'LABOR'),
      el('Lighting fixtures', 'Area lighting fixtures', 'MATERIAL'),
      el('Earthing grid', 'Earthing and lightning protection', 'SUBCONTRACT'),
      el('Emergency generator', 'Diesel emergency generator', 'EQUIPMENT'),
      el('UPS system', 'UPS and battery system', 'EQUIPMENT'),
      el('Electrical installation', 'Electrical installation crew', 'LABOR'),
      el('Electrical testing', 'Insulation and relay testing', 'SUBCONTRACT'),
    ],
    start: [0.22, 0.45],
    duration: [0.15, 0.35],
  },
  {
    name: 'Automation and control',
    variant: 'Instrumentation, automation and control',
    scopes: ['Control system', 'Field instruments', 'Safety systems', 'Analyzers', 'Telecom'],
    elements: [
      el('DCS hardware', 'Distributed control system hardware', 'EQUIPMENT'),
      el('DCS configuration', 'DCS configuration and graphics', 'SUBCONTRACT'),
      el('Safety PLC', 'Safety instrumented system', 'EQUIPMENT'),
      el('Pressure transmitters', 'Pressure and DP transmitters', 'MATERIAL'),
      el('Flow meters', 'Coriolis and magnetic flow meters', 'MATERIAL'),
      el('Control valves', 'Control valves and actuators', 'MATERIAL'),
      el('Instrument cables', 'Instrument and fieldbus cables', 'MATERIAL'),
      el('Instrument installation', 'Instrument hook-up', 'LABOR'),
      el('Gas detection', 'Fire and gas detection', 'EQUIPMENT'),
      el('Process analyzers', 'Analyzer shelter and analyzers', 'EQUIPMENT'),
      el('Factory acceptance test', 'FAT and SAT', 'SUBCONTRACT'),
      el('Network and telecom', 'Plant network and CCTV', 'SUBCONTRACT'),
    ],
    start: [0.28, 0.5],
    duration: [0.15, 0.35],
  },
  {
    name: 'Commissioning',
    variant: 'Commissioning and start-up',
    scopes: ['Pre-commissioning', 'Commissioning', 'Start-up', 'Performance test', 'Training and handover'],
    elements: [
      el('Loop checks', 'Instrument loop checks', 'LABOR'),
      el('Mechanical completion', 'Mechanical completion walkdowns', 'LABOR'),
      el('Flushing and cleaning', 'Chemical cleaning and flushing', 'SUBCONTRACT'),
      el('Vendor specialists', 'Vendor commissioning specialists', 'SUBCONTRACT'),
      el('First fill chemicals', 'First fill of chemicals and lubricants', 'MATERIAL'),
      el('Commissioning spares', 'Commissioning and start-up spares', 'MATERIAL'),
      el('Start-up team', 'Start-up and operations support', 'LABOR'),
      el('Performance test', 'Performance guarantee test', 'OTHER'),
      el('Operator training', 'Operator and maintenance training', 'OTHER'),
      el('As-built documentation', 'As-built dossier and handover', 'LABOR'),
      el('Temporary utilities', 'Temporary steam and nitrogen', 'EQUIPMENT'),
      el('Punch list works', 'Punch list clearance', 'SUBCONTRACT'),
    ],
    start: [0.42, 0.56],
    duration: [0.2, 0.4],
  },
];

/** Process areas of the plant: the third WBS level splits each scope by area. */
export const PLANT_AREAS: readonly string[] = [
  'Area 100 Raw materials',
  'Area 200 Reaction',
  'Area 300 Separation',
  'Area 400 Utilities',
  'Area 500 Storage and loading',
  'Area 600 Waste water',
  'Area 700 Control building',
  'Area 800 Flare',
];

/** Scope notes written into WBE descriptions as the WBS is refined. */
export const WBE_NOTES: readonly string[] = [
  'Scope per issued-for-construction drawings',
  'Interfaces with neighbouring packages clarified',
  'Battery limits confirmed with the client',
  'Scope adjusted after design review',
  'Updated after HAZOP close-out',
  'Quantities re-measured from the 3D model',
  'Vendor data incorporated',
  'Split of supply and installation confirmed',
  'Responsibility matrix updated',
];

/** Project-level status notes, one per project revision. */
export const PROJECT_NOTES: readonly string[] = [
  'Grassroots chemical plant: 120 kt/a capacity on a brownfield site.',
  'Basic engineering approved; long-lead items ordered.',
  'Site mobilized; civil works under way.',
  'Detail engineering 80% complete; piping isometrics issued.',
  'Mechanical erection started in Area 200.',
  'Monthly report: schedule recovery plan for electrical works agreed.',
  'Control system FAT passed.',
  'Mechanical completion of utilities achieved.',
  'Pre-commissioning started; punch lists under review.',
  'Quarterly forecast: cost to complete re-estimated.',
  'Steering committee approved the revised baseline.',
];

/** What a cost registration's description looks like, by cost type. */
export function costDescription(costType: CostType, serial: number, isoWeek: string): string {
  switch (costType) {
    case 'LABOR':
      return `Timesheets ${isoWeek}`;
    case 'MATERIAL':
      return `Supplier invoice INV-${String(40_000 + serial)}`;
    case 'EQUIPMENT':
      return `Equipment invoice EQ-${String(7_000 + serial)}`;
    case 'SUBCONTRACT':
      return `Subcontractor progress claim PC-${String(serial)}`;
    case 'OTHER':
      return `Expense report ER-${String(900 + serial)}`;
  }
}

/** Budget ranges (in whole currency units) by cost type: subcontracts are the big tickets. */
export const BUDGET_RANGE: Readonly<Record<CostType, readonly [number, number]>> = {
  LABOR: [20_000, 450_000],
  MATERIAL: [15_000, 900_000],
  EQUIPMENT: [25_000, 1_200_000],
  SUBCONTRACT: [40_000, 1_500_000],
  OTHER: [5_000, 120_000],
};
