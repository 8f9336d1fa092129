"""Issue 16: aliases added to the shipped taxonomy by the matcher's tenth pass: short forms a Korean HR reader knows
(품보, 데분, 보안기사, 1기사, VMC, PWHT, TOFD, XGK, F/L, C/O, Obj-C...) and English phrases of work and soft skills."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:94:000000"
VERSION = "1.38.0"
DESCRIPTION = "skill aliases of the matcher's tenth pass"

# As in migration 48: the seed reads skills/data/taxonomy.csv when it runs, so a fresh database has these already;
# the join skips a skill staff deleted, and the version bump makes every process rebuild its vocabulary (and the
# worker re-key the stored skills).
SQL = """
INSERT INTO skill_aliases (skill_id, alias)
SELECT added.skill_id, added.alias
FROM (VALUES
    -- Korean two-syllable clippings of job fields
    ('quality-assurance', '품보'),
    ('quality-control', '품관'),
    ('data-analysis', '데분'),
    ('data-engineering', '데엔'),
    ('sales', '해외영업'),
    ('sales', '해영'),
    ('technical-sales', '기영'),
    ('office-admin', '총무'),
    ('office-admin', '총무업무'),
    ('purchasing', '발주'),
    ('purchasing', '발주업무'),
    ('purchasing', '발주관리'),
    ('accounting', '경비정산'),
    ('accounting', '비용정산'),
    ('supplier-quality', '협력업체 품질'),
    ('marine-engine', '메인엔진'),
    ('marine-engine', '보조엔진'),
    ('inventory-management', '자재관리'),
    ('inbound-outbound', '출하관리'),
    -- certificate short forms
    ('qual-info-security-engineer', '보안기사'),
    ('qual-fire-equipment-engineer', '소설기'),
    ('qual-construction-safety-engineer', '건안기'),
    ('qual-quality-management-engineer', '품경기'),
    ('qual-quality-management-industrial', '품경산기'),
    ('qual-ut-ndt-craftsman', '초음파기능사'),
    ('qual-rt-ndt-craftsman', '방사선기능사'),
    ('qual-cnc-lathe-craftsman', '선반기능사'),
    ('qual-cnc-milling-craftsman', '밀링기능사'),
    ('qual-marine-officer', '1기사'),
    ('qual-marine-officer', '2기사'),
    ('qual-marine-officer', '1등기관사'),
    ('qual-marine-officer', '2등기관사'),
    ('qual-marine-officer', '1등항해사'),
    ('qual-marine-officer', '2등항해사'),
    ('qual-excavator', '굴삭기면허'),
    ('qual-excavator', '굴착기면허'),
    ('qual-excavator', '포크레인면허'),
    ('qual-excavator', '포클레인면허'),
    ('qual-excavator', '포클레인자격증'),
    -- machines, methods and shop slang
    ('cnc-machining', 'nc'),
    ('mct', 'vmc'),
    ('die-casting', 'hpdc'),
    ('die-casting', 'lpdc'),
    ('die-casting', '고압주조'),
    ('heat-treatment', 'pwht'),
    ('heat-treatment', '후열처리'),
    ('heat-treatment', '조질'),
    ('heat-treatment', '소입'),
    ('heat-treatment', 'normalizing'),
    ('heat-treatment', '노멀라이징'),
    ('polishing', '빠우'),
    ('polishing', '빠우작업'),
    ('polishing', '바프'),
    ('welding-tig', '알곤'),
    ('ndt-ut', 'tofd'),
    ('ndt-ut', 'ultrasonic thickness measurement'),
    ('ndt-ut', '초음파두께측정'),
    ('ndt-pt', 'dpi 검사'),
    ('ndt-pt', 'dpt'),
    ('welding-inspection', 'cswip'),
    ('machine-maintenance', 'tpm'),
    ('spc', 'ppk'),
    ('reliability-testing', 'dv/pv'),
    ('reliability-testing', 'dvp&r'),
    ('validation', 'oq/pq'),
    ('validation', 'iq/oq'),
    ('hazmat', 'ghs'),
    ('industrial-safety', 'hseq'),
    ('production-planning', 'mrp'),
    ('production-planning', 'production scheduling'),
    -- electrical and plant
    ('ls-plc', 'xgk'),
    ('ls-plc', 'xgb'),
    ('ls-plc', 'xgi'),
    ('high-voltage', 'vcb'),
    ('high-voltage', 'acb'),
    ('high-voltage', 'high voltage'),
    ('hvac', 'vrf'),
    ('hvac', 'ahu'),
    ('hvac', 'chiller'),
    ('hvac', '칠러'),
    ('hvac', '시스템에어컨'),
    ('marine-engine', 'wartsila'),
    ('marine-engine', '바르질라'),
    ('marine-engine', 'auxiliary engine'),
    -- logistics and trade
    ('forklift-operation', 'f/l'),
    ('dangerous-goods', 'dgr'),
    ('dangerous-goods', 'dg 화물'),
    ('gantry-crane', 'armg'),
    ('gantry-crane', 'rmg'),
    ('gantry-crane', 'rmgc'),
    ('trade-documentation', 'c/o'),
    ('trade-documentation', '원산지증명서'),
    ('incoterms', 'cif'),
    ('incoterms', 'exw'),
    ('incoterms', 'ddp'),
    ('hs-code', 'hs코드'),
    ('inbound-outbound', 'shipping and receiving'),
    ('inbound-outbound', 'receiving and shipping'),
    -- software short forms
    ('frontend-development', 'fe'),
    ('ios-swift', 'obj-c'),
    ('ms-office', 'ms365'),
    ('ms-office', 'microsoft 365'),
    ('ms-office', 'oa'),
    ('virtualization', 'esxi'),
    ('virtualization', 'vsphere'),
    ('virtualization', 'proxmox'),
    ('cybersecurity', 'ids/ips'),
    ('cybersecurity', '방화벽'),
    ('cybersecurity', 'firewall'),
    ('cybersecurity', 'siem'),
    ('ci-cd', 'gh actions'),
    ('ci-cd', 'github action'),
    ('ci-cd', 'argocd'),
    ('aws', 's3'),
    ('aws', 'rds'),
    ('network-admin', 'vlan'),
    ('network-admin', 'ospf'),
    ('network-admin', 'bgp'),
    ('sap', 'fi/co'),
    ('sap', 'sap fi'),
    ('devops', 'sre'),
    ('recommender-systems', 'recommendation engine'),
    -- English phrases of soft skills and work
    ('presentation', 'public speaking'),
    ('commercial-diving', 'commercial diver'),
    ('drawing-reading', 'drawing reading'),
    -- résumé phrases of soft skills
    ('teamwork', 'work in a team'),
    ('teamwork', 'working in a team'),
    ('teamwork', 'team-oriented'),
    ('self-motivation', 'self-starter'),
    ('leadership', '솔선수범'),
    ('leadership', 'team lead'),
    ('communication', 'interpersonal skills'),
    ('customer-service', 'customer-facing'),
    -- more short forms and phrases of work
    ('backend-development', 'be 개발'),
    ('backend-development', 'be 개발자'),
    ('supplier-quality', 'sq 인증'),
    ('lab-analysis', 'gc-ms'),
    ('shift-work', '주야간'),
    ('shift-work', '주야 교대'),
    ('shift-work', '맞교대'),
    ('shift-work', '주야맞교대'),
    ('shift-work', '4조2교대'),
    ('shift-work', '4조3교대'),
    ('leadership', 'team management'),
    ('problem-solving', 'root cause analysis'),
    ('trade-documentation', 'export documents'),
    ('loading-unloading', 'loaded and unloaded')
) AS added (skill_id, alias)
JOIN skills USING (skill_id)
ON CONFLICT (skill_id, alias) DO NOTHING;
UPDATE taxonomy_state SET version = version + 1 WHERE id = 1;
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
