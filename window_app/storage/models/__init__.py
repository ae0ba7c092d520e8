"""All tables on one Base; importing this package registers every model."""

from .applications import (
    Application,
    ApplicationMaterial,
    IssuedDocument,
    Notice,
    PrintEvent,
    Suspension,
    Transition,
    VerificationTask,
    Visit,
)
from .backoffice import (
    CustodyEvent,
    HandoverBatch,
    HandoverItem,
    MaterialGap,
    MaterialScan,
    StoredFile,
)
from .calendar import CalendarDay, CalendarYear
from .catalogue import Department, Fee, MaterialRequirement, Matter, MatterVersion
from .complaints import Complaint
from .hall import (
    Evaluation,
    EvaluationRequest,
    QueueAppointment,
    QueueCall,
    QueueLine,
    QueueLineMatter,
    QueueLineWindow,
    QueueTicket,
    RectificationCase,
)
from .parties import Applicant, BadCreditEntry
from .registry import (
    CodeAllocation,
    CodeSegment,
    Enterprise,
    EnterpriseChange,
    PrinterOffset,
    Referral,
    RegistrationFiling,
)
from .security import AuditEvent, ChangeCounter, Counter, DatabaseIdentity, User, Window
from .settings import HallSetting
from .spot_checks import SpotCheckPick, SpotCheckPlan

__all__ = [
    "MaterialGap",
    "MaterialScan",
    "StoredFile",
    "CustodyEvent",
    "HandoverBatch",
    "HandoverItem",
    "QueueLineMatter",
    "RectificationCase",
    "QueueTicket",
    "QueueLineWindow",
    "QueueLine",
    "QueueCall",
    "QueueAppointment",
    "HallSetting",
    "EvaluationRequest",
    "Evaluation",
    "Applicant",
    "Application",
    "ApplicationMaterial",
    "AuditEvent",
    "BadCreditEntry",
    "CalendarDay",
    "CalendarYear",
    "ChangeCounter",
    "Complaint",
    "Counter",
    "CodeAllocation",
    "CodeSegment",
    "Department",
    "Enterprise",
    "EnterpriseChange",
    "Fee",
    "IssuedDocument",
    "MaterialRequirement",
    "Matter",
    "MatterVersion",
    "Notice",
    "PrintEvent",
    "PrinterOffset",
    "Referral",
    "RegistrationFiling",
    "SpotCheckPick",
    "SpotCheckPlan",
    "Suspension",
    "Transition",
    "User",
    "DatabaseIdentity",
    "VerificationTask",
    "Visit",
    "Window",
]
